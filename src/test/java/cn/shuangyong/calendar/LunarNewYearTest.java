package cn.shuangyong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarNewYearTest {

	@ParameterizedTest(name = "春节 {0} is {1}")
	@CsvSource({
			"2018, 2018-02-16",
			"2019, 2019-02-05",
			"2020, 2020-01-25",
			"2021, 2021-02-12",
			"2022, 2022-02-01",
			"2023, 2023-01-22",
			"2024, 2024-02-10",
			"2025, 2025-01-29",
			"2026, 2026-02-17",
			"2027, 2027-02-06",
			"2028, 2028-01-26" })
	void givesThePublishedDateOfSpringFestival(int year, LocalDate published) {
		assertThat(LunarNewYear.in(year)).isEqualTo(published);
	}

	@Test
	void puts2027OnTheSixthOfFebruaryWhereIcuSaysTheSeventh() {
		assertThat(LunarNewYear.in(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
	}

	@Test
	void alwaysFallsBetweenTheTwentyFirstOfJanuaryAndTheTwentiethOfFebruary() {
		for (int year = 1950; year <= 2100; year++) {
			assertThat(LunarNewYear.in(year)).as("春节 %d", year)
				.isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
		}
	}
}
