package cn.shuangyong.calendar;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When a work item is due (截止日期): the first date of its time node on or after the day the plan was issued, so a
 * 春节 item in a plan issued in September is due at the next lunar new year. An item without a time node is due at
 * the plan default, the end of the year the plan was issued in.
 */
public final class DeadlineRule {

	private final WorkingDayCalendar calendar;

	public DeadlineRule(WorkingDayCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	/**
	 * The deadline of an item whose time node is written as given, or empty when the text names no node this rule
	 * knows (see {@link TimeNode#parse}): such an item needs a person to set its deadline.
	 */
	public Optional<LocalDate> deadlineFor(String timeNode, LocalDate issuedOn) {
		Objects.requireNonNull(issuedOn, "issuedOn");
		return TimeNode.parse(timeNode).map(node -> node.firstOnOrAfter(issuedOn, calendar));
	}

	/** 年底: the deadline of an item that names no time node. */
	public LocalDate planDefault(LocalDate issuedOn) {
		return issuedOn.with(TemporalAdjusters.lastDayOfYear());
	}
}
