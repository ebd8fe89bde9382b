package cn.shuangyong.notifications;

import java.util.Optional;

/**
 * A way to reach a person: the inbox, e-mail, an SMS or government-messaging gateway. Every enabled channel bean gets
 * every message; a channel that is not configured says so and is left out, so nothing is ever reported "sent" that
 * was not.
 */
public interface Channel {

	/** A short upper-case name kept with each delivery: INBOX, EMAIL, SMS. */
	String name();

	boolean enabled();

	/** Where this channel reaches the recipient, or empty when the account has no such address. */
	Optional<String> addressOf(Recipient recipient);

	/** Why an account cannot be reached here, recorded as the failure when {@link #addressOf} is empty. */
	default String noAddressReason() {
		return "该账号没有本通道的地址";
	}

	/** Hands the message over; throws with a readable reason when it could not. */
	void deliver(OutgoingMessage message, String address) throws DeliveryFailedException;
}
