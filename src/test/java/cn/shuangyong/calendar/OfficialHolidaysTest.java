package cn.shuangyong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tyme.holiday.LegalHoliday;
import com.tyme.solar.SolarDay;

/** Keeps calendar/holidays-cn.csv true to the State Council's notices. */
class OfficialHolidaysTest {

	private static final LocalDate FIRST_OFFICIAL_DAY = LocalDate.of(2018, 12, 1);

	private static final LocalDate LAST_OFFICIAL_DAY = LocalDate.of(2026, 12, 31);

	private final List<HolidayEntry> entries = HolidayFile.official();

	@Test
	void agreesDayByDayWithTymeForThePublishedYears2019To2026() {
		Map<LocalDate, HolidayEntry.Kind> tyme = new TreeMap<>();
		for (LocalDate day = FIRST_OFFICIAL_DAY; !day.isAfter(LAST_OFFICIAL_DAY); day = day.plusDays(1)) {
			LegalHoliday holiday = SolarDay.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth())
				.getLegalHoliday();
			if (holiday != null) {
				tyme.put(day, holiday.isWork() ? HolidayEntry.Kind.WORKDAY : HolidayEntry.Kind.HOLIDAY);
			}
		}

		Map<LocalDate, HolidayEntry.Kind> file = entries.stream()
			.filter(entry -> !entry.date().isAfter(LAST_OFFICIAL_DAY))
			.collect(Collectors.toMap(HolidayEntry::date, HolidayEntry::kind, (a, b) -> a, TreeMap::new));

		assertThat(file).isEqualTo(tyme);
	}

	@Test
	void listsEachDayOnce() {
		assertThat(entries).extracting(HolidayEntry::date).doesNotHaveDuplicates();
	}

	@Test
	void makesOnlyWeekendDaysAdjustedWorkingDays() {
		assertThat(entries).filteredOn(HolidayEntry::isWorkingDay)
			.extracting(entry -> entry.date().getDayOfWeek())
			.containsOnly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027 })
	void namesAllSevenHolidaysOfTheYear(int year) {
		String names = entries.stream()
			.filter(entry -> entry.date().getYear() == year)
			.map(HolidayEntry::name)
			.distinct()
			.collect(Collectors.joining("、"));

		assertThat(names).contains("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027 })
	void givesLunarNewYearsDayOff(int year) {
		LocalDate springFestival = LunarNewYear.in(year);

		assertThat(entries).contains(HolidayEntry.holiday(springFestival, "春节"));
	}

	@Test
	void extendsSpringFestival2020ToTheSecondOfFebruary() {
		// 国办发明电〔2020〕1号: holiday until 2 February, work again from Monday 3 February; the adjusted working
		// Saturday of 1 February is gone.
		assertThat(entries).contains(
				HolidayEntry.holiday(LocalDate.of(2020, 1, 31), "春节"),
				HolidayEntry.holiday(LocalDate.of(2020, 2, 1), "春节"),
				HolidayEntry.holiday(LocalDate.of(2020, 2, 2), "春节"));
		assertThat(entries).extracting(HolidayEntry::date).doesNotContain(LocalDate.of(2020, 2, 3));
	}

	@Test
	void holdsOnlyTheStatutoryDaysOf2027UntilItsNoticeIsPublished() {
		List<HolidayEntry> in2027 = entries.stream().filter(entry -> entry.date().getYear() == 2027).toList();

		// 全国年节及纪念日放假办法 (2024) Art. 2: 13 days, 春节 from 除夕
		assertThat(in2027).hasSize(13).noneMatch(HolidayEntry::isWorkingDay);
		assertThat(in2027).contains(HolidayEntry.holiday(LocalDate.of(2027, 2, 5), "春节"));
	}
}
