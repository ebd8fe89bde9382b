package cn.shuangyong.publicity;

/** A nominee as the office's review left them. */
public enum NomineeState {

	NOMINATED, APPROVED, REJECTED;

	public String messageKey() {
		return "publicity.nominee.state." + name();
	}
}
