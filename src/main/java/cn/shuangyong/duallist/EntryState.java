package cn.shuangyong.duallist;

/**
 * An entry's life: filed, then accepted with a responsible unit and a deadline (or declined with a reason), followed
 * as a task once the list is published, done when the office signs the task off, closed with the asking side's
 * rating.
 */
public enum EntryState {

	FILED, ACCEPTED, DECLINED, FOLLOWING, DONE, CLOSED;

	public String messageKey() {
		return "duallist.state." + name();
	}
}
