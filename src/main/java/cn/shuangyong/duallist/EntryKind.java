package cn.shuangyong.duallist;

/** A need (需求) asked of the other side, or a practical matter (实事) the side commits to do itself. */
public enum EntryKind {

	NEED, MATTER;

	public String messageKey() {
		return "duallist.kind." + name();
	}
}
