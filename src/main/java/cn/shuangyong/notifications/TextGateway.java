package cn.shuangyong.notifications;

/**
 * A gateway that delivers a short text to a mobile number: an operator's SMS platform, a government messaging
 * service (政务短信) or a relay to an instant-messaging app. Implement it as a bean to plug one in; the platform brings
 * {@link HttpTextGateway}, on when its URL is configured.
 */
public interface TextGateway {

	/** Sends the text; throws with the gateway's reason when it refuses or cannot be reached. */
	void send(String phone, String text) throws DeliveryFailedException;
}
