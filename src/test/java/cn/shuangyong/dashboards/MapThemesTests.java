package cn.shuangyong.dashboards;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;


import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.SignedInUser;
import cn.shuangyong.employment.EmploymentFigures;
import cn.shuangyong.pensions.rolls.PaymentRolls;
import cn.shuangyong.pensions.rolls.RollStatus;
import cn.shuangyong.schooling.SchoolingFigures;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.figures.RegionFigures.RegionFigure;
import cn.shuangyong.stations.FiveHasQueries;
import cn.shuangyong.stations.LevelCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map's themes (专题) on the demo data of 楚雄州 (2020): each theme's figures are the module's own statistics by
 * region, a user sees only the regions of their scope, and the dashboard offers the picker.
 */
@PlatformTest
class MapThemesTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MapThemes themes;

	@Autowired
	EmploymentFigures employment;

	@Autowired
	SchoolingFigures schooling;

	@Autowired
	FiveHasQueries fiveHas;

	@Autowired
	PaymentRolls rolls;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void offersTheThreeThemesWithTheirNames() {
		assertThat(themes.offered(demo.signedIn("yunnan"), ZH)).extracting(MapThemes.Theme::key, MapThemes.Theme::name)
			.contains(org.assertj.core.groups.Tuple.tuple("employment-placement", "随军家属就业安置率（本年度登记需求）"),
					org.assertj.core.groups.Tuple.tuple("schooling-applications", "子女入学优待申请件数（本年度学期）"),
					org.assertj.core.groups.Tuple.tuple("stations-five-has", "服务中心（站）“五有”达标率"));
	}

	@Test
	void placementRatesAreTheEmploymentStatistics() {
		for (String user : List.of("yunnan", "chuxiong")) {
			SignedInUser by = demo.signedIn(user);
			List<RegionFigure> expected = employment.of(null, null, by).lines().stream()
				.map(l -> new RegionFigure(l.regionCode(), l.regionName(), l.placementRate())).toList();
			assertThat(expected).as("demo cases of " + user).isNotEmpty();
			assertThat(themes.figures("employment-placement", null, by, ZH).figures()).isEqualTo(expected);
		}
	}

	@Test
	void applicationsAreTheSchoolingStatistics() {
		for (String user : List.of("yunnan", "chuxiong")) {
			SignedInUser by = demo.signedIn(user);
			List<RegionFigure> expected = schooling.of(null, null, by).byRegion().stream()
				.map(l -> new RegionFigure(l.key(), l.name(), l.applications())).toList();
			assertThat(expected).as("demo applications of " + user).isNotEmpty();
			assertThat(themes.figures("schooling-applications", null, by, ZH).figures()).isEqualTo(expected);
		}
		assertThat(themes.figures("schooling-applications", null, demo.signedIn("yunnan"), ZH).figures())
			.extracting(RegionFigure::regionName).contains("楚雄彝族自治州");
	}

	@Test
	void fiveHasCoverageIsTheStationsCoverage() {
		SignedInUser chuxiong = demo.signedIn("chuxiong");
		MapThemes.ThemeFigures figures = themes.figures("stations-five-has", null, chuxiong, ZH);
		RegionFigure lufeng = figures.figures().stream().filter(f -> f.regionName().equals("禄丰市")).findFirst()
			.orElseThrow();
		List<LevelCoverage> levels = fiveHas.coverage(lufeng.regionCode(), chuxiong);
		int stations = levels.stream().mapToInt(LevelCoverage::stations).sum();
		int complete = levels.stream().mapToInt(LevelCoverage::complete).sum();
		assertThat(complete).as("demo 五有 records of 禄丰").isPositive();
		assertThat(lufeng.value()).isEqualTo(Math.round(complete * 1000.0 / stations) / 10.0);
		assertThat(themes.figures("stations-five-has", null, demo.signedIn("yunnan"), ZH).figures()).hasSize(16)
			.filteredOn(f -> f.regionName().equals("楚雄彝族自治州")).extracting(RegionFigure::value)
			.allMatch(v -> v > 0);
	}

	@Test
	void paidPensionsAreTheApprovedRollsTotals() {
		SignedInUser chuxiong = demo.signedIn("chuxiong");
		List<RegionFigure> figures = themes.figures("pensions-paid", null, chuxiong, ZH).figures();
		assertThat(figures).extracting(RegionFigure::regionCode).contains("532301", "532302");
		for (RegionFigure county : figures) {
			BigDecimal paid = BigDecimal.ZERO;
			int approved = 0;
			for (int month = 1; month <= 12; month++) {
				try {
					var roll = rolls.find(county.regionCode(), YearMonth.of(2020, month), Paging.first(), chuxiong).roll();
					if (roll.status() == RollStatus.APPROVED) {
						paid = paid.add(roll.totals().total());
						approved++;
					}
				}
				catch (NotFoundException notGenerated) {
					// no roll that month
				}
			}
			assertThat(approved).as("approved rolls of " + county.regionName()).isPositive();
			assertThat(county.value()).as(county.regionName()).isEqualTo(paid.doubleValue());
		}
		assertThat(themes.figures("pensions-paid", null, demo.signedIn("yunnan"), ZH).figures())
			.extracting(RegionFigure::regionName).contains("楚雄彝族自治州");
	}

	@Test
	void aCountySeesOnlyItsOwnRegions() throws Exception {
		SignedInUser lufeng = demo.signedIn("lufeng");
		assertThat(themes.offered(lufeng, ZH)).extracting(MapThemes.Theme::key)
			.contains("employment-placement", "schooling-applications", "stations-five-has");
		for (MapThemes.Theme theme : themes.offered(lufeng, ZH)) {
			MapThemes.ThemeFigures figures = themes.figures(theme.key(), null, lufeng, ZH);
			assertThat(figures.figures()).extracting(RegionFigure::regionCode)
				.allMatch(code -> code.startsWith(lufeng.regionCode()));
			assertThatThrownBy(() -> themes.figures(theme.key(), "5301", lufeng, ZH))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> themes.figures(theme.key(), "5323", lufeng, ZH))
				.isInstanceOf(NotFoundException.class);
		}
		mvc.perform(get("/api/v1/dashboard/themes/schooling-applications").param("region", "5301")
			.with(demo.as("lufeng"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/dashboard/themes/pensions-paid").with(demo.as("cxjiaoyu")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dashboard/themes").with(demo.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dashboard/themes/no-such-theme").with(demo.as("yunnan")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/dashboard/themes/schooling-applications").param("region", "5323")
			.with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("PREFECTURE"))
			.andExpect(jsonPath("$.theme.unit").value("件"));
	}

	@Test
	void theDashboardOffersThePicker() throws Exception {
		for (String user : List.of("yunnan", "chuxiong")) {
			mvc.perform(get("/dashboard").with(demo.as(user))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"d-theme\"")))
				.andExpect(content().string(containsString("value=\"employment-placement\"")))
				.andExpect(content().string(containsString("服务中心（站）“五有”达标率")));
		}
		mvc.perform(get("/api/v1/dashboard/themes").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'stations-five-has')].unit").value("%"));
	}
}
