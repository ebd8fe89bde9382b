package cn.shuangyong.notifications;

/** A channel could not hand a message over; the message says why, in words an office can act on. */
public class DeliveryFailedException extends Exception {

	public DeliveryFailedException(String message) {
		super(message);
	}

	public DeliveryFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
