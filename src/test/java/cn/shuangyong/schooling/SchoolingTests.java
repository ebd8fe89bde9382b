package cn.shuangyong.schooling;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school application decided, refused, reviewed once and granted; who sees which applications; the entitlement by
 * the rules in force at the start of term; and bad input refused, changing nothing.
 */
@PlatformTest
class SchoolingTests {

	private static final String APPLICATION = """
			{"childName":"郑小雨","idNumber":"532301201409030213","stage":"PRIMARY","basis":"SERVICE","soldierUnitId":%s,
			 "regionCode":"532301","wishedSchool":"楚雄市鹿鸣小学","documents":"军人证件复印件","termYear":2021,"season":"AUTUMN"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	Tasks tasks;

	@Test
	void theDemoShowsTheRedApplicationsAndEachSideSeesItsOwn() throws Exception {
		long district = demo.unitId(Demo.CHUXIONG_MILITARY);
		int own = count("select count(*) from schooling.application where soldier_unit_id = " + district
				+ " or filed_by_unit_id = " + district);
		int all = count("select count(*) from schooling.application where region_code like '5323%'");
		call("chuxiong", get("/api/v1/schooling/applications?region=5323&size=50")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(all));
		call("junfenqu", get("/api/v1/schooling/applications?region=5323&size=50"))
			.andExpect(jsonPath("$.totalElements").value(own))
			.andExpect(jsonPath("$.content[*].soldierUnit.name").value(everyItem(is("楚雄军分区"))));
		assertThat(own).isPositive().isLessThan(all);
		call("chuxiong", get("/api/v1/schooling/applications?status=RED"))
			.andExpect(jsonPath("$.content[*].childName").value(containsInAnyOrder("马俊杰", "孙佳怡")))
			.andExpect(jsonPath("$.content[*].red").value(everyItem(is(true))));
		call("lufeng", get("/api/v1/schooling/applications?size=50"))
			.andExpect(jsonPath("$.content[*].regionName").value(everyItem(is("禄丰市"))));
		long chuxiongCity = jdbc.sql("select min(id) from schooling.application where region_code = '532301'")
			.query(Long.class).single();
		call("lufeng", get("/api/v1/schooling/applications/{id}", chuxiongCity)).andExpect(status().isNotFound());
		call("chuxiong", get("/api/v1/schooling/applications/{id}", chuxiongCity))
			.andExpect(jsonPath("$.entitlements[0].verified").value(false))
			.andExpect(jsonPath("$.idMasked").value(containsString("********")));
		mvc.perform(get("/schooling").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("临近开学未办结")));
	}

	@Test
	void figuresByRegionStageAndBasisCountWhatTheUserSees() throws Exception {
		int all = count("select count(*) from schooling.application where region_code like '5323%' and term_year = 2020");
		int primary = count("select count(*) from schooling.application where region_code like '5323%' and term_year = 2020"
				+ " and stage = 'PRIMARY'");
		call("chuxiong", get("/api/v1/schooling/statistics?region=5323&year=2020")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total.applications").value(all))
			.andExpect(jsonPath("$.byStage[?(@.key == 'PRIMARY')].applications").value(hasItem(primary)))
			.andExpect(jsonPath("$.byBasis[*].key").value(hasItem("MARTYR")));
		call("lufeng", get("/api/v1/schooling/statistics?year=2020"))
			.andExpect(jsonPath("$.byRegion[*].key").value(everyItem(is("532302"))));
		call("chuxiong", get("/api/v1/schooling/statistics?region=xx")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("地区")));
		mvc.perform(get("/schooling/statistics?year=2020").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("烈士子女")));
	}

	@Test
	void anApplicationIsRefusedReviewedOnceAndGrantedUnderArticle55() throws Exception {
		long district = demo.unitId(Demo.CHUXIONG_MILITARY);
		String created = call("junfenqu", post("/api/v1/schooling/applications").contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION.formatted(district))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.entitlements[0].article").value("第五十五条"))
			.andExpect(jsonPath("$.entitlements[0].verified").value(true))
			.andExpect(jsonPath("$.assignedUnit.name").value(containsString("楚雄市")))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		assertThat(jdbc.sql("select id_cipher from schooling.application where id = ?").param(id).query(String.class)
			.single()).doesNotContain("532301201409030213");
		String bureau = demo.newAccount(Role.LIAISON, "education:532301");
		jdbc.sql("update accounts.account set must_change_password = false where username_key = lower(:n)")
			.param("n", bureau).update();

		decide("cxjiaoyu", id, "/decision", "{\"admit\":true,\"school\":\"楚雄市鹿鸣小学\",\"version\":0}")
			.andExpect(status().isForbidden());
		decide(bureau, id, "/decision", "{\"admit\":false,\"version\":0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("理由")));
		assertThat(state(task(id, "task_id"))).isEqualTo(TaskState.ASSIGNED);
		assertThat(tasks.byId(task(id, "task_id")).orElseThrow().ledBy(demo.unitId("education:532301"))).isTrue();
		decide(bureau, id, "/decision", "{\"admit\":false,\"reasons\":\"学位已满\",\"version\":0}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("不予安排"));
		assertThat(state(task(id, "task_id"))).isEqualTo(TaskState.SIGNED_OFF);
		decide("junfenqu", id, "/review-request", "{\"reasons\":\"居住地在划片范围内\",\"version\":1}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
		assertThat(tasks.byId(task(id, "review_task_id")).orElseThrow().ledBy(demo.unitId("education:5323"))).isTrue();
		decide("junfenqu", id, "/review-request", "{\"reasons\":\"再次申请\",\"version\":2}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("只能申请一次")));
		decide(bureau, id, "/review", "{\"admit\":true,\"school\":\"楚雄市鹿鸣小学\",\"version\":2}")
			.andExpect(status().isForbidden());
		decide("cxjiaoyu", id, "/review", "{\"admit\":true,\"school\":\"楚雄市鹿鸣小学\",\"version\":2}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ADMITTED_ON_REVIEW"))
			.andExpect(jsonPath("$.school").value("楚雄市鹿鸣小学"))
			.andExpect(jsonPath("$.timeline.length()").value(4));
		assertThat(state(task(id, "review_task_id"))).isEqualTo(TaskState.SIGNED_OFF);
	}

	@Test
	void theChildsIdIsRevealedWithAReasonAndAnUndecidedApplicationIsCorrectedWithAnAuditEntry() throws Exception {
		long id = jdbc.sql("select min(id) from schooling.application where state = 'SUBMITTED' and filed_by_unit_id = ?")
			.param(demo.unitId(Demo.CHUXIONG_MILITARY)).query(Long.class).single();
		call("junfenqu", post("/api/v1/schooling/applications/{id}/reveal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"核对学籍信息\"}")).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/schooling/applications/{id}/reveal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("查看理由")));
		call("chuxiong", post("/api/v1/schooling/applications/{id}/reveal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"核对学籍信息\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(org.hamcrest.Matchers.matchesPattern("\\d{17}[\\dX]")));
		assertThat(count("select count(*) from audit.audit_event where event_type = 'SCHOOL_CHILD_REVEALED' and object_id = '"
				+ id + "'")).isEqualTo(1);
		int version = count("select version from schooling.application where id = " + id);
		String name = jdbc.sql("select child_name from schooling.application where id = ?").param(id).query(String.class).single();
		String documents = jdbc.sql("select coalesce(documents, '') from schooling.application where id = ?").param(id)
			.query(String.class).single();
		call("junfenqu", post("/api/v1/schooling/applications/{id}/correction", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childName\":\"" + name + "\",\"wishedSchool\":\"\",\"version\":" + version + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("意向学校")));
		call("junfenqu", post("/api/v1/schooling/applications/{id}/correction", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childName\":\"" + name + "\",\"wishedSchool\":\"楚雄市开发区实验小学\",\"documents\":\"" + documents
					+ "\",\"version\":" + version + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.wishedSchool").value("楚雄市开发区实验小学"));
		assertThat(jdbc.sql("select detail from audit.audit_event where event_type = 'SCHOOL_APPLICATION_CORRECTED' and object_id = ?")
			.param(String.valueOf(id)).query(String.class).single()).isEqualTo("意向学校");
	}

	@Test
	void badInputIsRefusedWithTheFieldNamedAndNothingChanges() throws Exception {
		long district = demo.unitId(Demo.CHUXIONG_MILITARY);
		int before = count("select count(*) from schooling.application");
		call("junfenqu", post("/api/v1/schooling/applications").contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION.formatted(district).replace("PRIMARY", "NURSERY"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("学段")));
		call("junfenqu", post("/api/v1/schooling/applications").contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION.formatted(district).replace("SERVICE", "HARDSHIP").replace("2021", "2020")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("入学依据")));
		call("junfenqu", post("/api/v1/schooling/applications").contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION.formatted("null"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("军人所在部队")));
		call("junfenqu", post("/api/v1/schooling/applications").contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION.formatted(demo.unitId("military:532302")))).andExpect(status().isForbidden());
		assertThat(count("select count(*) from schooling.application")).isEqualTo(before);
	}

	private ResultActions decide(String user, long id, String path, String body) throws Exception {
		return mvc.perform(post("/api/v1/schooling/applications/{id}" + path, id).contentType(MediaType.APPLICATION_JSON)
			.content(body).with(demo.as(user)).with(csrf()));
	}

	private long task(long applicationId, String column) {
		return jdbc.sql("select " + column + " from schooling.application where id = ?").param(applicationId)
			.query(Long.class).single();
	}

	private TaskState state(long taskId) {
		return tasks.byId(taskId).orElseThrow().state();
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, Demo.PASSWORD)));
	}
}
