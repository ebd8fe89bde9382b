package cn.shuangyong.calendar;

import java.time.LocalDate;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;

/**
 * 春节: the first day of the first month (正月初一) of the Chinese lunar year that begins in a Gregorian year.
 * <p>
 * Taken from tyme4j, whose 寿星 (sxwnl) method with its correction tables gives the dates of the published
 * calendar. ICU4J was not taken: it puts 春节 2027 on 7 February, where the published date is
 * 6 February. The tests pin the published dates.
 */
public final class LunarNewYear {

	private LunarNewYear() {
	}

	/** The Gregorian date of 春节 in that year: always between 21 January and 20 February. */
	public static LocalDate in(int year) {
		SolarDay day = LunarDay.fromYmd(year, 1, 1).getSolarDay();
		return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
	}
}
