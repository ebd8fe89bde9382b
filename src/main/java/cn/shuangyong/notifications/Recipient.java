package cn.shuangyong.notifications;

/** A person a message goes to: an account of a unit, with the addresses the channels use. */
public record Recipient(long accountId, String username, String name, long unitId, String phone, String email) {

	@Override
	public String toString() {
		return "Recipient[" + username + "]";
	}
}
