package cn.shuangyong.duallist;

/** Which side lists the entry: the military (军队) or the local government (地方). */
public enum EntrySide {

	MILITARY, LOCAL;

	public String messageKey() {
		return "duallist.side." + name();
	}
}
