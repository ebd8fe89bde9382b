package cn.shuangyong.stations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiveHasTest {

	@Test
	void aStationMeetsTheStandardOnlyWithAllFiveAndNamesWhatItLacksInTheStandardsOrder() {
		assertThat(new FiveHas(true, true, true, true, true).complete()).isTrue();
		FiveHas lacking = new FiveHas(true, false, true, false, true);
		assertThat(lacking.complete()).isFalse();
		assertThat(lacking.missing()).containsExactly("有编制", "有经费");
		assertThat(new FiveHas(false, false, false, false, false).missing())
			.containsExactly("有机构", "有编制", "有人员", "有经费", "有保障");
	}

	@Test
	void coverageCountsEachLevelFromTheScopeDownAndLeavesOfficesOut() {
		FiveHas all = new FiveHas(true, true, true, true, true);
		FiveHas noFunds = new FiveHas(true, true, true, false, true);
		List<FiveHasRecord> records = List.of(record(1, RegionLevel.COUNTY, true, all, true),
				record(2, RegionLevel.COUNTY, false, all, true), record(3, RegionLevel.TOWNSHIP, false, all, false),
				record(4, RegionLevel.TOWNSHIP, false, noFunds, true), record(5, RegionLevel.VILLAGE, false, all, true));

		List<LevelCoverage> coverage = LevelCoverage.of(RegionLevel.COUNTY,
				Map.of(RegionLevel.COUNTY, 1, RegionLevel.TOWNSHIP, 4, RegionLevel.VILLAGE, 8), records);

		assertThat(coverage).extracting(LevelCoverage::level)
			.containsExactly(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE);
		LevelCoverage county = coverage.get(0);
		assertThat(county.recorded()).isEqualTo(1);
		assertThat(county.rate()).isEqualTo(100.0);
		LevelCoverage township = coverage.get(1);
		assertThat(township.recorded()).isEqualTo(2);
		assertThat(township.complete()).isEqualTo(1);
		assertThat(township.confirmed()).isZero();
		assertThat(township.rate()).isEqualTo(25.0);
		assertThat(coverage.get(2).rate()).isEqualTo(12.5);
	}

	@Test
	void aLevelWithoutStationsHasNoCoverageRatherThanADivisionByZero() {
		assertThat(new LevelCoverage(RegionLevel.VILLAGE, 0, 0, 0, 0).rate()).isZero();
	}

	private static FiveHasRecord record(long unit, RegionLevel level, boolean office, FiveHas criteria,
			boolean confirmed) {
		return new FiveHasRecord(unit, "", "532302", level, office, criteria, "", LocalDate.of(2020, 6, 30), confirmed, 0);
	}
}
