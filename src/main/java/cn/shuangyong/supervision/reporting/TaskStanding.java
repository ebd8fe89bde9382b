package cn.shuangyong.supervision.reporting;

/**
 * How a task stood on a date, as a bulletin counts it: done on time or late (signed off, judged by the day the lead
 * unit submitted it against the deadline), still in progress before its deadline, or overdue and not done.
 */
public enum TaskStanding {

	DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE;

	public boolean done() {
		return this == DONE_ON_TIME || this == DONE_LATE;
	}
}
