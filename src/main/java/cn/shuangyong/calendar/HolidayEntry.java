package cn.shuangyong.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that does not follow the week: a public holiday (放假), or a weekend day made a working day (调休上班).
 *
 * @param date the day
 * @param kind whether people work that day
 * @param name the holiday the day belongs to, e.g. 春节; a working day names the holiday it makes up for
 */
public record HolidayEntry(LocalDate date, Kind kind, String name) {

	/** What the day is, whatever its weekday. */
	public enum Kind {
		/** 放假: no work. */
		HOLIDAY,
		/** 调休上班: work, even on a Saturday or Sunday. */
		WORKDAY
	}

	public HolidayEntry {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("holiday entry of " + date + " has no name");
		}
		name = name.strip();
	}

	public static HolidayEntry holiday(LocalDate date, String name) {
		return new HolidayEntry(date, Kind.HOLIDAY, name);
	}

	public static HolidayEntry workday(LocalDate date, String name) {
		return new HolidayEntry(date, Kind.WORKDAY, name);
	}

	boolean isWorkingDay() {
		return kind == Kind.WORKDAY;
	}
}
