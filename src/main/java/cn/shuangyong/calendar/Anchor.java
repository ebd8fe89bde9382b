package cn.shuangyong.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/** The day of a year that a time node is measured from. */
public sealed interface Anchor permits Anchor.Fixed, Anchor.LunarNewYearsDay {

	LocalDate in(int year);

	/** The same month and day every year, e.g. 八一 (1 August) or 年底 (31 December). */
	record Fixed(MonthDay day) implements Anchor {

		public Fixed {
			Objects.requireNonNull(day, "day");
		}

		/** 29 February falls on the 28th in a common year, which keeps 2月底 the last day of February. */
		@Override
		public LocalDate in(int year) {
			return day.atYear(year);
		}
	}

	/** 春节, which moves with the lunar calendar. */
	record LunarNewYearsDay() implements Anchor {

		@Override
		public LocalDate in(int year) {
			return LunarNewYear.in(year);
		}
	}
}
