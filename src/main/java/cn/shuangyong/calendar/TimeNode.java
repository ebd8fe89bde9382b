package cn.shuangyong.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A time node (时间节点) of a work item, such as 八一前夕, 春节 or 6月底前: a day that comes once a year.
 *
 * @param anchor the day the node is measured from
 * @param eve whether the node is the eve (前夕) of the anchor: the last working day before it
 */
public record TimeNode(Anchor anchor, boolean eve) {

	public TimeNode {
		Objects.requireNonNull(anchor, "anchor");
	}

	static TimeNode on(int month, int day) {
		return new TimeNode(new Anchor.Fixed(MonthDay.of(month, day)), false);
	}

	/** The time node written in a plan item, or empty when the text names no node we know. */
	public static Optional<TimeNode> parse(String expression) {
		return TimeNodeExpression.parse(expression);
	}

	/** The node's date in that year. */
	public LocalDate in(int year, WorkingDayCalendar calendar) {
		LocalDate day = anchor.in(year);
		return eve ? calendar.lastWorkingDayBefore(day) : day;
	}

	/** The node's first date on or after the given day: this year's, or next year's if this year's is past. */
	public LocalDate firstOnOrAfter(LocalDate date, WorkingDayCalendar calendar) {
		LocalDate thisYear = in(date.getYear(), calendar);
		return thisYear.isBefore(date) ? in(date.getYear() + 1, calendar) : thisYear;
	}
}
