package cn.shuangyong.employment;

import java.time.Year;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A spouse's case from the military liaison's registration through the office's match to the 人社局's placement;
 * who sees which cases; and bad input refused with a Chinese message that names the field, changing nothing.
 */
@PlatformTest
class EmploymentTests {

	private static final String NEED = """
			{"spouseName":"孙雅琴","idNumber":"532301201409030213","phone":"13908781299","soldierUnitId":%s,
			 "education":"BACHELOR","skills":"护士执业证","workKind":"HEALTH","regionCode":"532301","arrivedOn":"2020-09-01"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	JobFairs jobFairs;

	@Autowired
	Tasks tasks;

	@Test
	void theMilitaryLiaisonSeesItsOwnUnitsCasesTheDepartmentThoseAssignedToItAndAnotherCountyNone() throws Exception {
		long district = demo.unitId(Demo.CHUXIONG_MILITARY);
		int all = count("select count(*) from employment.need where region_code like '5323%'");
		int own = count("select count(*) from employment.need where soldier_unit_id = " + district + " or filed_by_unit_id = " + district);
		assertThat(own).isPositive().isLessThan(all);
		call("junfenqu", get("/api/v1/employment/cases?region=5323")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(own))
			.andExpect(jsonPath("$.content[*].soldierUnit.name").value(everyItem(is("楚雄军分区"))));
		call("chuxiong", get("/api/v1/employment/cases?size=100")).andExpect(jsonPath("$.totalElements").value(all));
		call("cxrenshe", get("/api/v1/employment/cases?size=100")).andExpect(jsonPath("$.totalElements").value(all));
		call("lufeng", get("/api/v1/employment/cases")).andExpect(jsonPath("$.totalElements").value(0));
		long anyCase = jdbc.sql("select min(id) from employment.need").query(Long.class).single();
		call("lufeng", get("/api/v1/employment/cases/{id}", anyCase)).andExpect(status().isNotFound());
		call("chuxiong", get("/api/v1/employment/cases?status=OVERDUE")).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].statusLabel").value("已超期"))
			.andExpect(jsonPath("$.content[0].idMasked").value("532302********0226"));
		call("chuxiong", get("/api/v1/employment/cases?status=LATE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("状态")));
	}

	@Test
	void theBayiFairIsCountedForTheModelCitysEvidence() throws Exception {
		assertThat(jobFairs.fairsHeld(RegionCode.of("5323"), Year.of(2020))).isEqualTo(2);
		assertThat(jobFairs.fairsHeld(RegionCode.of("532301"), Year.of(2020))).isEqualTo(1);
		assertThat(jobFairs.fairsHeld(RegionCode.of("5323"), Year.of(2019))).isZero();
		assertThat(jobFairs.fairsHeld(RegionCode.of("5301"), Year.of(2020))).isZero();
		call("chuxiong", get("/api/v1/employment/fairs/count?region=5323&year=2020")).andExpect(jsonPath("$.fairs").value(2));
		call("chuxiong", get("/api/v1/employment/fairs")).andExpect(jsonPath("$.content[0].bayi").value(true))
			.andExpect(jsonPath("$.content[0].title").value(containsString("八一")));
		mvc.perform(get("/employment/fairs").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("八一专场")));
		long campaign = jdbc.sql("select id from modelcity.campaign where region_code = '532301' and cycle_year = 2020")
			.query(Long.class).single();
		call("chuxiong", get("/api/v1/model-city/campaigns/{id}/platform-evidence", campaign))
			.andExpect(status().isOk()).andExpect(jsonPath("$.fairsHeld").value(1)).andExpect(jsonPath("$.year").value(2020));
		mvc.perform(get("/model-city/campaigns/{id}", campaign).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 场（2020 年")));
	}

	@Test
	void figuresByRegionAndYearCountWhatTheUserSees() throws Exception {
		int placed = count("select count(*) from employment.need where outcome = 'PLACED' and region_code like '532301%'"
				+ " and extract(year from registered_on) = 2020");
		int registered = count("select count(*) from employment.need where region_code like '532301%'"
				+ " and extract(year from registered_on) = 2020");
		assertThat(placed).isPositive();
		call("chuxiong", get("/api/v1/employment/statistics?region=5323&year=2020")).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[?(@.regionCode == '532301')].registered").value(hasItem(registered)))
			.andExpect(jsonPath("$.lines[?(@.regionCode == '532301')].placed").value(hasItem(placed)))
			.andExpect(jsonPath("$.lines[?(@.regionCode == '5323')].regionName").value(hasItem("楚雄彝族自治州")))
			.andExpect(jsonPath("$.total.meanDaysToPlacement").isNumber());
		long district = demo.unitId(Demo.CHUXIONG_MILITARY);
		int own = count("select count(*) from employment.need where (soldier_unit_id = " + district
				+ " or filed_by_unit_id = " + district + ") and extract(year from registered_on) = 2020");
		call("junfenqu", get("/api/v1/employment/statistics?year=2020")).andExpect(jsonPath("$.total.registered").value(own));
		call("chuxiong", get("/api/v1/employment/statistics?year=20x0")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("年度")));
		call("lufeng", get("/api/v1/employment/statistics?region=532301")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("地区")));
		mvc.perform(get("/employment/statistics?region=53&year=2020").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("figures-chart")));
	}

	@Test
	void aSpouseRegisteredByTheMilitaryIsMatchedByTheOfficeAndPlacedByTheDepartment() throws Exception {
		long district = demo.unitId(Demo.CHUXIONG_MILITARY);
		String created = call("junfenqu", post("/api/v1/employment/cases").contentType(MediaType.APPLICATION_JSON)
			.content(NEED.formatted(district))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.idMasked").value("532301********0213"))
			.andExpect(jsonPath("$.phoneMasked").value("139****1299"))
			.andExpect(jsonPath("$.assignedUnit.name").value(containsString("人力资源和社会保障局")))
			.andExpect(jsonPath("$.deadline").value("2021-03-30"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		String stored = jdbc.sql("select id_cipher || phone_cipher from employment.need where id = ?").param(id)
			.query(String.class).single();
		assertThat(stored).doesNotContain("532301201409030213").doesNotContain("13908781299");
		TaskView task = taskOf(id);
		assertThat(task.state()).isEqualTo(TaskState.ASSIGNED);
		assertThat(task.deadline()).hasToString("2021-03-30");
		assertThat(task.ledBy(demo.unitId("human-resources:5323"))).isTrue();
		assertThat(task.issuerUnitId()).isEqualTo(demo.unitId("office:5323"));
		assertThat(task.title()).doesNotContain("孙雅琴");

		long hospital = postId("chuxiong", "{\"kind\":\"SET_ASIDE\",\"title\":\"护士\",\"employerUnitId\":"
				+ demo.unitId("health:5323") + ",\"minEducation\":\"COLLEGE\",\"workKind\":\"HEALTH\",\"openings\":1,\"regionCode\":\"532301\"}");
		call("chuxiong", get("/api/v1/employment/cases/{id}/proposals", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].post.id").value(hospital)).andExpect(jsonPath("$[0].wishedWork").value(true));
		call("junfenqu", post("/api/v1/employment/cases/{id}/matches", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"postId\":" + hospital + ",\"version\":0}")).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/employment/cases/{id}/matches", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"postId\":" + hospital + ",\"version\":0}")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.matches[0].stateLabel").value("已确认"));
		step(id, "HIRED", 1).andExpect(status().isConflict());
		step(id, "OFFER", 1).andExpect(status().isOk());
		step(id, "INTERVIEW", 2).andExpect(status().isOk());
		step(id, "HIRED", 3).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.outcomeLabel").value("安置"))
			.andExpect(jsonPath("$.timeline[*].kindLabel").value(hasItem("录用")));
		call("junfenqu", get("/api/v1/employment/cases/{id}", id)).andExpect(jsonPath("$.outcome").value("PLACED"));
		assertThat(taskOf(id).state()).isEqualTo(TaskState.SIGNED_OFF);
		assertThat(tasks.reports(task.id()).get(0).text()).contains("安置");
		mvc.perform(get("/employment/cases/{id}", id).with(demo.as("junfenqu"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("孙雅琴"))).andExpect(content().string(not(containsString("match-form"))));
	}

	@Test
	void aMaskedValueIsRevealedWithAReasonAndAuditedAndCorrectionsAreAudited() throws Exception {
		long id = jdbc.sql("select id from employment.need where spouse_name = '杨桂英'").query(Long.class).single();
		call("junfenqu", post("/api/v1/employment/cases/{id}/reveal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\":\"ID_NUMBER\",\"reason\":\"核对身份办理入职\"}")).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/employment/cases/{id}/reveal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\":\"ID_NUMBER\",\"reason\":\"看\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("查看理由")));
		call("chuxiong", post("/api/v1/employment/cases/{id}/reveal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\":\"EMAIL\",\"reason\":\"核对身份办理入职\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("查看字段")));
		int reveals = count("select count(*) from audit.audit_event where event_type = 'SPOUSE_NEED_REVEALED' and object_id = '" + id + "'");
		call("chuxiong", post("/api/v1/employment/cases/{id}/reveal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\":\"ID_NUMBER\",\"reason\":\"核对身份办理入职\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("532301199106200887"));
		assertThat(count("select count(*) from audit.audit_event where event_type = 'SPOUSE_NEED_REVEALED' and object_id = '"
				+ id + "' and detail like '身份证号：核对身份办理入职'")).isEqualTo(reveals + 1);

		int version = count("select version from employment.need where id = " + id);
		call("junfenqu", post("/api/v1/employment/cases/{id}/correction", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"spouseName\":\"杨桂英\",\"idNumber\":\"532301199106200880\",\"version\":" + version + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("身份证号")));
		assertThat(count("select version from employment.need where id = " + id)).isEqualTo(version);
		call("junfenqu", post("/api/v1/employment/cases/{id}/correction", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"spouseName\":\"杨桂英\",\"phone\":\"13908781215\",\"skills\":\"会计从业经历三年\",\"version\":"
					+ version + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.phoneMasked").value("139****1215"))
			.andExpect(jsonPath("$.idMasked").value("532301********0887"));
		assertThat(jdbc.sql("select detail from audit.audit_event where event_type = 'SPOUSE_NEED_CORRECTED' and object_id = ?")
			.param(String.valueOf(id)).query(String.class).single()).isEqualTo("联系电话").doesNotContain("1215");
		mvc.perform(get("/employment/cases/{id}", id).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("reveal-ID_NUMBER")))
			.andExpect(content().string(containsString("correction-form")));
	}

	@Test
	void badInputIsRefusedWithTheFieldNamedAndNothingChanges() throws Exception {
		int before = count("select count(*) from employment.need");
		call("junfenqu", post("/api/v1/employment/cases").contentType(MediaType.APPLICATION_JSON)
			.content(NEED.formatted("null"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("军人所在部队")));
		call("junfenqu", post("/api/v1/employment/cases").contentType(MediaType.APPLICATION_JSON)
			.content(NEED.formatted(demo.unitId(Demo.CHUXIONG_MILITARY)).replace("2020-09-01", "2020-10-05")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("随军到达日期")));
		call("junfenqu", post("/api/v1/employment/cases").contentType(MediaType.APPLICATION_JSON)
			.content(NEED.formatted(demo.unitId("military:532301")))).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/employment/cases").contentType(MediaType.APPLICATION_JSON)
			.content(NEED.formatted(demo.unitId(Demo.CHUXIONG_MILITARY)).replace("BACHELOR", "DOCTOR")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("学历")));
		assertThat(count("select count(*) from employment.need")).isEqualTo(before);
		call("chuxiong", post("/api/v1/employment/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PRIVATE\",\"title\":\"店员\",\"minEducation\":\"SENIOR\",\"workKind\":\"SERVICES\",\"openings\":0,\"regionCode\":\"532301\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("用人单位名称")))
			.andExpect(jsonPath("$.detail").value(containsString("招聘人数")));
	}

	private TaskView taskOf(long needId) {
		long taskId = jdbc.sql("select task_id from employment.need where id = ?").param(needId).query(Long.class).single();
		return tasks.byId(taskId).orElseThrow();
	}

	private long postId(String user, String body) throws Exception {
		String created = call(user, post("/api/v1/employment/posts").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
	}

	private ResultActions step(long id, String step, int version) throws Exception {
		return call("cxrenshe", post("/api/v1/employment/cases/{id}/steps", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\":\"" + step + "\",\"on\":\"2020-09-30\",\"version\":" + version + "}"));
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, Demo.PASSWORD)));
	}
}
