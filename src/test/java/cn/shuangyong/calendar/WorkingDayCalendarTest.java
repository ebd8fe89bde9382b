package cn.shuangyong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Nested
	class IsWorkingDay {

		@ParameterizedTest(name = "{0} ({1})")
		@CsvSource({
				"2024-03-13, ordinary Wednesday",
				"2026-02-14, Saturday made a working day before 春节",
				"2022-01-30, Sunday made a working day before 春节",
				"2024-02-09, 除夕 2024 was not a holiday",
				"2020-02-03, first day back after the extended 春节 2020" })
		void works(LocalDate date, String why) {
			assertThat(calendar.isWorkingDay(date)).isTrue();
		}

		@ParameterizedTest(name = "{0} ({1})")
		@CsvSource({
				"2024-03-16, Saturday",
				"2024-03-17, Sunday",
				"2024-10-02, 国庆节 on a Wednesday",
				"2025-01-28, 除夕 is a holiday from 2025",
				"2020-01-31, added by the 2020 extension",
				"2020-02-01, Saturday first set for work, then given off by the 2020 extension",
				"2019-05-02, 劳动节 2019 as changed in March 2019",
				"2027-02-05, 除夕 2027 by the 2024 放假办法" })
		void rests(LocalDate date, String why) {
			assertThat(calendar.isWorkingDay(date)).isFalse();
		}

		@Test
		void followsTheWeekInAYearWithoutEntries() {
			assertThat(calendar.isWorkingDay(day("2030-10-01"))).isTrue();
			assertThat(calendar.isWorkingDay(day("2030-10-05"))).isFalse();
		}

		@Test
		void namesTheHolidayOfADay() {
			assertThat(calendar.entryOn(day("2026-02-17"))).contains(HolidayEntry.holiday(day("2026-02-17"), "春节"));
			assertThat(calendar.entryOn(day("2026-03-17"))).isEmpty();
		}
	}

	@Nested
	class ExtraEntries {

		@Test
		void overrideTheFileOnTheSameDay() {
			WorkingDayCalendar corrected = WorkingDayCalendar
				.official(List.of(HolidayEntry.holiday(day("2026-02-14"), "春节")));

			assertThat(corrected.isWorkingDay(day("2026-02-14"))).isFalse();
			assertThat(calendar.isWorkingDay(day("2026-02-14"))).isTrue();
		}

		@Test
		void addDaysTheFileDoesNotHave() {
			WorkingDayCalendar extended = WorkingDayCalendar.official(List.of(
					HolidayEntry.holiday(day("2027-02-09"), "春节"),
					HolidayEntry.workday(day("2027-02-20"), "春节")));

			assertThat(extended.isWorkingDay(day("2027-02-09"))).isFalse();
			assertThat(extended.isWorkingDay(day("2027-02-20"))).isTrue();
			assertThat(extended.isWorkingDay(day("2027-02-05"))).as("file entries stay").isFalse();
		}

		@Test
		void mayNotNameOneDayTwice() {
			List<HolidayEntry> twice = List.of(HolidayEntry.holiday(day("2027-02-09"), "春节"),
					HolidayEntry.workday(day("2027-02-09"), "春节"));

			assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.official(twice))
				.withMessageContaining("2027-02-09");
		}
	}

	@Nested
	class LastWorkingDayBefore {

		@ParameterizedTest(name = "before {0}: {1}")
		@CsvSource({
				"2024-03-14, 2024-03-13",
				"2024-03-18, 2024-03-15",
				"2024-10-08, 2024-09-30",
				"2022-02-01, 2022-01-30",
				"2026-02-17, 2026-02-14",
				"2020-02-03, 2020-01-23" })
		void skipsWeekendsAndHolidays(LocalDate date, LocalDate expected) {
			assertThat(calendar.lastWorkingDayBefore(date)).isEqualTo(expected);
		}

		@Test
		void isStrictlyBeforeEvenOnAWorkingDay() {
			assertThat(calendar.lastWorkingDayBefore(day("2024-03-13"))).isEqualTo(day("2024-03-12"));
		}

		@Test
		void givesUpWhenNoWorkingDayIsNear() {
			List<HolidayEntry> allYear = new ArrayList<>();
			for (LocalDate date = day("2029-01-01"); date.getYear() < 2031; date = date.plusDays(1)) {
				allYear.add(HolidayEntry.holiday(date, "测试"));
			}
			WorkingDayCalendar broken = new WorkingDayCalendar(allYear);

			assertThatIllegalStateException().isThrownBy(() -> broken.lastWorkingDayBefore(day("2030-12-31")));
		}
	}

	@Nested
	class AddWorkingDays {

		@ParameterizedTest(name = "{0} + {1} = {2}")
		@CsvSource({
				"2024-03-15, 1, 2024-03-18",
				"2024-03-13, 5, 2024-03-20",
				"2026-02-13, 1, 2026-02-14",
				"2026-02-13, 2, 2026-02-24",
				"2024-09-27, 3, 2024-10-08",
				"2024-10-08, -1, 2024-09-30",
				"2024-10-08, -2, 2024-09-29",
				"2024-10-03, 0, 2024-10-03" })
		void countsOnlyWorkingDays(LocalDate start, int days, LocalDate expected) {
			assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
		}
	}

	@Nested
	class WorkingDaysBetween {

		@Test
		void countsTheEndButNotTheStart() {
			// October 2024: 国庆节 1–7 October, Saturday 12 October worked
			assertThat(calendar.workingDaysBetween(day("2024-09-30"), day("2024-10-31"))).isEqualTo(19);
			assertThat(calendar.workingDaysBetween(day("2024-03-15"), day("2024-03-18"))).isEqualTo(1);
		}

		@Test
		void isZeroForTheSameDay() {
			assertThat(calendar.workingDaysBetween(day("2024-03-13"), day("2024-03-13"))).isZero();
		}

		@Test
		void isNegativeGoingBack() {
			assertThat(calendar.workingDaysBetween(day("2024-03-18"), day("2024-03-15"))).isEqualTo(-1);
		}

		@Test
		void undoesAddWorkingDays() {
			for (LocalDate start : List.of(day("2020-01-20"), day("2024-10-03"), day("2026-02-14"), day("2026-02-21"))) {
				for (int days = -40; days <= 40; days++) {
					LocalDate end = calendar.addWorkingDays(start, days);
					assertThat(calendar.workingDaysBetween(start, end)).as("%s %+d", start, days).isEqualTo(days);
				}
			}
		}
	}
}
