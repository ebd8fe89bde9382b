package cn.shuangyong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineRuleTest {

	private final DeadlineRule rule = new DeadlineRule(WorkingDayCalendar.official());

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void putsTheEveOfAugustFirst2020OnFridayTheThirtyFirstOfJuly() {
		assertThat(rule.deadlineFor("八一前夕", day("2020-03-01"))).contains(day("2020-07-31"));
		assertThat(day("2020-07-31").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
	}

	@Test
	void putsTheEveOfAugustFirst2021OnFridayTheThirtiethOfJulyBecauseTheFirstIsASunday() {
		assertThat(day("2021-08-01").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

		assertThat(rule.deadlineFor("“八一”前夕", day("2021-02-20"))).contains(day("2021-07-30"));
	}

	@Test
	void movesTheEveOfAugustFirstToNextYearForAPlanIssuedAfterIt() {
		assertThat(rule.deadlineFor("八一前夕", day("2020-08-03"))).contains(day("2021-07-30"));
	}

	@Test
	void movesTheEveOfAugustFirstToNextYearOnceThisYearsEveIsPast() {
		// issued Saturday 31 July 2021, the day after that year's eve
		assertThat(rule.deadlineFor("八一前夕", day("2021-07-31"))).contains(day("2022-07-29"));
	}

	@Test
	void keepsAugustFirstWhenThePlanIsIssuedThatDay() {
		assertThat(rule.deadlineFor("八一", day("2020-08-01"))).contains(day("2020-08-01"));
	}

	@Test
	void putsSpringFestivalOnTheNextLunarNewYearForAPlanIssuedInSeptember() {
		assertThat(rule.deadlineFor("春节", day("2020-09-10"))).contains(day("2021-02-12"));
	}

	@Test
	void putsSpringFestivalInTheSameYearForAPlanIssuedBeforeIt() {
		assertThat(rule.deadlineFor("春节", day("2027-01-05"))).contains(day("2027-02-06"));
	}

	@ParameterizedTest(name = "春节前 of a plan issued {0}: {1}")
	@CsvSource({
			"2019-01-10, 2019-02-03",
			"2020-01-02, 2020-01-23",
			"2021-01-10, 2021-02-10",
			"2022-01-10, 2022-01-30",
			"2023-01-03, 2023-01-20",
			"2024-01-10, 2024-02-09",
			"2025-01-06, 2025-01-27",
			"2026-01-05, 2026-02-14" })
	void putsTheEveOfSpringFestivalOnTheLastWorkingDayBeforeIt(LocalDate issuedOn, LocalDate deadline) {
		assertThat(rule.deadlineFor("春节前", issuedOn)).contains(deadline);
	}

	@Test
	void putsTheEveOfSpringFestival2026OnTheAdjustedWorkingSaturday() {
		// 2026: break 15–23 February, Saturday 14 February worked (国务院办公厅关于2026年部分节假日安排的通知)
		LocalDate deadline = rule.deadlineFor("春节前夕", day("2025-12-20")).orElseThrow();

		assertThat(deadline).isEqualTo(day("2026-02-14"));
		assertThat(deadline.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
	}

	@Test
	void movesTheEveOfSpringFestivalToNextYearOnceItIsPast() {
		assertThat(rule.deadlineFor("春节前", day("2020-03-01"))).contains(day("2021-02-10"));
	}

	@Test
	void puts2027sEveOfSpringFestivalBeforeTheStatutoryNewYearsEve() {
		// 除夕 (5 February 2027) is a statutory holiday; the 2027 notice is not in the file yet
		assertThat(rule.deadlineFor("春节前", day("2026-11-20"))).contains(day("2027-02-04"));
	}

	@ParameterizedTest(name = "{0} of a plan issued {1}: {2}")
	@CsvSource({
			"年底前, 2021-03-01, 2021-12-31",
			"年底, 2021-03-01, 2021-12-31",
			"年内, 2021-03-01, 2021-12-31",
			"下半年, 2021-03-01, 2021-12-31",
			"上半年, 2021-03-01, 2021-06-30",
			"上半年, 2021-07-05, 2022-06-30",
			"6月底前, 2021-03-01, 2021-06-30",
			"六月底前, 2021-03-01, 2021-06-30",
			"6月底前, 2021-06-30, 2021-06-30",
			"3月底前, 2021-04-02, 2022-03-31",
			"2月底前, 2023-12-01, 2024-02-29",
			"2月底前, 2022-01-10, 2022-02-28",
			"9月30日前, 2021-03-01, 2021-09-30",
			"第一季度, 2021-03-01, 2021-03-31",
			"一季度, 2021-04-01, 2022-03-31",
			"第三季度, 2021-03-01, 2021-09-30" })
	void putsCalendarNodesOnTheirFirstDateOnOrAfterIssue(String node, LocalDate issuedOn, LocalDate deadline) {
		assertThat(rule.deadlineFor(node, issuedOn)).contains(deadline);
	}

	@Test
	void leavesAnUnknownNodeWithoutADeadline() {
		assertThat(rule.deadlineFor("长期坚持", day("2021-03-01"))).isEmpty();
		assertThat(rule.deadlineFor(null, day("2021-03-01"))).isEmpty();
	}

	@Test
	void givesItemsWithoutANodeTheEndOfTheYearOfIssue() {
		assertThat(rule.planDefault(day("2021-03-01"))).isEqualTo(day("2021-12-31"));
		assertThat(rule.planDefault(day("2021-12-31"))).isEqualTo(day("2021-12-31"));
	}
}
