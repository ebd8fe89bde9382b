package cn.shuangyong.supervision;

import java.time.LocalDate;

/**
 * How a task stands on a day: the one rule behind the task page, the lists, the ledger, the board, the dashboard and
 * the bulletin, so a task finished after its deadline reads 逾期办结 in all of them.
 *
 * <ul>
 * <li>A signed-off task is done on time or late, judged by the day the lead unit submitted the work that was
 * accepted against the deadline: the unit finished when it handed the work in, not when the office got round to
 * signing it off.</li>
 * <li>An open task past its deadline is overdue.</li>
 * <li>An open task due within the warning days with no report in that time is due soon.</li>
 * <li>Any other open task is in progress.</li>
 * </ul>
 * {@link StandingColumn} writes the same rule in SQL; the board tests hold the two together.
 */
public enum TaskStanding {

	DONE_ON_TIME, DONE_LATE, IN_PROGRESS, DUE_SOON, OVERDUE;

	/**
	 * @param finishedOn the day the accepted work was submitted (the sign-off day if it is not known)
	 * @param lastReportOn the day of the last progress report, or null
	 */
	public static TaskStanding of(TaskState state, LocalDate deadline, LocalDate finishedOn, LocalDate lastReportOn,
			LocalDate day, int warningDays) {
		if (state == TaskState.SIGNED_OFF) {
			return finishedOn != null && finishedOn.isAfter(deadline) ? DONE_LATE : DONE_ON_TIME;
		}
		if (day.isAfter(deadline)) {
			return OVERDUE;
		}
		LocalDate warnFrom = deadline.minusDays(warningDays);
		boolean reportedLately = lastReportOn != null && !lastReportOn.isBefore(warnFrom);
		return !day.isBefore(warnFrom) && !reportedLately ? DUE_SOON : IN_PROGRESS;
	}

	public boolean done() {
		return this == DONE_ON_TIME || this == DONE_LATE;
	}

	/** Still open and not past its deadline: what a bulletin counts as 正在办理. */
	public boolean inProgress() {
		return this == IN_PROGRESS || this == DUE_SOON;
	}

	/** 红黄绿, which drives urging, filters and counts: only an open task can be red or yellow. */
	public TaskColour colour() {
		return switch (this) {
			case OVERDUE -> TaskColour.RED;
			case DUE_SOON -> TaskColour.YELLOW;
			default -> TaskColour.GREEN;
		};
	}

	/** The standing in Chinese, for printed ledgers and bulletins, which speak Chinese whatever the page's language. */
	public String chinese() {
		return switch (this) {
			case DONE_ON_TIME -> "按期办结";
			case DONE_LATE -> "逾期办结";
			case IN_PROGRESS -> "正常";
			case DUE_SOON -> "临期";
			case OVERDUE -> "逾期未办结";
		};
	}

	public String messageKey() {
		return "supervision.standing." + name();
	}
}
