package cn.shuangyong.stations;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A village station records its 五有 check, 禄丰 confirms it and the coverage moves; a check outside the scope is
 * refused. A supply task is seen only by its station, its office and the unit that asked, and a full day is refused.
 */
@PlatformTest
class StationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void aStationsFiveHasCheckConfirmedByTheCountyMovesTheVillageCoverage() throws Exception {
		long station = demo.unitId(Demo.LUFENG_VILLAGE_STATION);
		record("zhan", station, false);
		String mid = coverage();
		record("zhan", station, true);
		String recorded = coverage();
		assertThat(village(recorded, "complete")).isEqualTo(village(mid, "complete") + 1);
		mvc.perform(post("/api/v1/stations/five-has/{id}/confirm", station).param("version", version(station))
			.with(csrf()).with(demo.as("zhan"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/stations/five-has/{id}/confirm", station).param("version", version(station))
			.with(csrf()).with(demo.as("lufeng"))).andExpect(status().isOk());
		assertThat(village(coverage(), "confirmed")).isEqualTo(village(recorded, "confirmed") + 1);
		mvc.perform(get("/stations").with(demo.as("lufeng"))).andExpect(status().isOk());
	}

	@Test
	void refusesAFiveHasCheckOutsideTheScopeOrAheadOfTodayChangingNothing() throws Exception {
		long other = demo.unitId(Demo.LUFENG_TOWNSHIP_STATION);
		String before = jdbc.sql("select coalesce(max(checked_on)::text, '') || count(*) from stations.five_has")
			.query(String.class).single();
		mvc.perform(post("/api/v1/stations/five-has").param("unitId", Long.toString(other)).param("organisation", "true")
			.param("checkedOn", "2020-09-01").with(csrf()).with(demo.as("zhan")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不在您的数据范围内")));
		mvc.perform(post("/api/v1/stations/five-has").param("unitId", Long.toString(demo.unitId(Demo.LUFENG_VILLAGE_STATION)))
			.param("checkedOn", "2021-01-01").with(csrf()).with(demo.as("zhan")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("检查日期")));
		assertThat(jdbc.sql("select coalesce(max(checked_on)::text, '') || count(*) from stations.five_has")
			.query(String.class).single()).isEqualTo(before);
	}

	@Test
	void aSupplyTaskIsSeenOnlyByItsStationItsOfficeAndTheAskingUnitAndAFullDayIsRefused() throws Exception {
		long station = demo.unitId("supply:5323");
		String body = mvc.perform(post("/api/v1/stations/supply/tasks").param("stationUnitId", Long.toString(station))
			.param("troop", "某部机动分队").param("onDate", "2020-10-08").param("people", "50").param("meals", "150")
			.param("beds", "50").with(csrf()).with(demo.as("junfenqu"))).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long task = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(get("/api/v1/stations/supply/tasks").with(demo.as("cxjungong")))
			.andExpect(jsonPath("$[?(@.id == " + task + ")]").isNotEmpty());
		mvc.perform(get("/api/v1/stations/supply/tasks").with(demo.as("chuxiong")))
			.andExpect(jsonPath("$[?(@.id == " + task + ")]").isNotEmpty());
		mvc.perform(get("/api/v1/stations/supply/tasks").with(demo.as("yunnan")))
			.andExpect(jsonPath("$[?(@.id == " + task + ")]").isEmpty());
		mvc.perform(post("/api/v1/stations/supply/tasks/{id}/accept", task).param("version", "0").with(csrf())
			.with(demo.as("lufeng"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/stations/supply/tasks/{id}/accept", task).param("version", "0").with(csrf())
			.with(demo.as("cxjungong"))).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));

		long tasks = jdbc.sql("select count(*) from stations.supply_task").query(Long.class).single();
		mvc.perform(post("/api/v1/stations/supply/tasks").param("stationUnitId", Long.toString(station))
			.param("troop", "某部转场分队").param("onDate", "2020-10-08").param("people", "600").param("meals", "1800")
			.with(csrf()).with(demo.as("junfenqu")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("供餐能力已满")));
		assertThat(jdbc.sql("select count(*) from stations.supply_task").query(Long.class).single()).isEqualTo(tasks);
	}

	private void record(String user, long station, boolean funds) throws Exception {
		mvc.perform(post("/api/v1/stations/five-has").param("unitId", Long.toString(station)).param("organisation", "true")
			.param("posts", "true").param("staff", "true").param("funds", Boolean.toString(funds)).param("support", "true")
			.param("evidence", "手机填报").param("checkedOn", "2020-09-29").with(csrf()).with(demo.as(user)))
			.andExpect(status().isCreated());
	}

	private String coverage() throws Exception {
		return mvc.perform(get("/api/v1/stations/five-has").param("region", "532302").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.coverage[0].levelLabel").isNotEmpty())
			.andReturn().getResponse().getContentAsString();
	}

	private static int village(String json, String field) {
		return ((Number) JsonPath.<java.util.List<Object>>read(json,
				"$.coverage[?(@.level == 'VILLAGE')]." + field).get(0)).intValue();
	}

	private String version(long station) {
		return jdbc.sql("select version from stations.five_has where unit_id = :u").param("u", station)
			.query(Integer.class).single().toString();
	}

	@Test
	void theFiveHasTableOfARegionDownloadsAsAWorkbookInScopeAndTheDownloadIsAudited() throws Exception {
		long audited = jdbc.sql("select count(*) from audit.audit_event where event_type = 'FIVE_HAS_EXPORTED'")
			.query(Long.class).single();
		byte[] xlsx = mvc.perform(get("/api/v1/stations/five-has.xlsx").param("region", "532302")
			.with(demo.as("lufeng"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long records = jdbc.sql("select count(*) from stations.five_has where region_code like '532302%'")
			.query(Long.class).single();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("有经费");
			assertThat(sheet.getLastRowNum() - 1).isEqualTo((int) records);
			boolean shortOfFunds = false;
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				shortOfFunds |= row.getCell(7).getStringCellValue().equals("否")
						&& row.getCell(9).getStringCellValue().contains("有经费");
			}
			assertThat(shortOfFunds).as("a station lacking funds says so").isTrue();
		}
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'FIVE_HAS_EXPORTED'")
			.query(Long.class).single()).isEqualTo(audited + 1);
		mvc.perform(get("/api/v1/stations/five-has.xlsx").param("region", "5301").with(demo.as("lufeng")))
			.andExpect(status().isNotFound());
	}
}
