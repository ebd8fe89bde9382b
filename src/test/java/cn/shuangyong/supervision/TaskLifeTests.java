package cn.shuangyong.supervision;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Item 1 of the demo plan (省委宣传部 leads; 省退役军人厅 and 省军区政治工作局 cooperate) worked through its life over the
 * API, with who may do what.
 */
@PlatformTest
class TaskLifeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.shuangyong.Demo demo;

	@Autowired
	org.springframework.context.MessageSource texts;

	@Test
	void theLeadSignsForAndSubmitsACooperatorReportsAndTheIssuingOfficeSignsOff() throws Exception {
		long task = taskOfItem("1");
		call("junfenqu", get("/api/v1/tasks/{id}", task)).andExpect(status().isNotFound());
		call("tuiyi", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").exists());
		call("xuanchuan", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SIGNED_FOR"));
		call("tuiyi", post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"已在全省退役军人系统开展主题宣传 12 场\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("IN_PROGRESS"));
		call("tuiyi", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isForbidden());
		call("xuanchuan", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(jsonPath("$.state").value("SUBMITTED"));
		call("xuanchuan", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isForbidden());
		call("lingdao", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isForbidden());
		call("yunnan", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SIGNED_OFF")).andExpect(jsonPath("$.colour").value("GREEN"))
			.andExpect(jsonPath("$.stateLabel").value("已办结"));
		call("yunnan", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from supervision.task_event where task_id = :t").param("t", task)
			.query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void aReturnNeedsAReasonAndSendsTheTaskBack() throws Exception {
		long task = taskOfItem("2");
		call("tuiyi", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		call("tuiyi", post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"专栏已开办\"}")).andExpect(status().isCreated());
		call("tuiyi", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		call("yunnan", post("/api/v1/tasks/{id}/return", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		call("yunnan", post("/api/v1/tasks/{id}/return", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"请补充各州市专栏清单\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"));
		// the timeline and the reports name the person and the unit, not the login name
		String page = mvc.perform(get("/supervision/tasks/{id}", task).with(demo.as("yunnan"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("孙退役（省退役军人事务厅）", "赵云南（省双拥办）").doesNotContain(">tuiyi<", "· tuiyi<", ">yunnan<");
	}

	@Test
	void colouresAnItemDueBeforeAugustFirstRedAtTheDemoDate() throws Exception {
		long task = taskOfItem("26");
		call("yunnan", get("/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.deadline").value("2020-07-31"))
			.andExpect(jsonPath("$.colour").value("RED")).andExpect(jsonPath("$.colourLabel").value("红"))
			.andExpect(jsonPath("$.standingLabel").value("逾期未办结"));
		call("yunnan", get("/api/v1/tasks").param("colour", "RED").param("size", "500")
				.param("plan", jdbc.sql("select plan_id from supervision.task where id = :t").param("t", task)
					.query(Long.class).single().toString()))
			.andExpect(jsonPath("$.content[?(@.id == " + task + ")]").exists())
			.andExpect(jsonPath("$.content[?(@.colour != 'RED')]").doesNotExist());
		call("yunnan", get("/api/v1/tasks").param("colour", "PURPLE")).andExpect(status().isBadRequest());
	}

	@Test
	void aSignForOnTheTaskPageSaysWhatWasDone() throws Exception {
		var open = jdbc.sql("""
				select t.id, a.username from supervision.task t
				join supervision.task_unit u on u.task_id = t.id and u.role = 'LEAD'
				join accounts.account a on a.unit_id = u.unit_id and a.role = 'LIAISON'
				where t.state = 'ASSIGNED' order by t.id desc limit 1""")
			.query((rs, i) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).single();
		int version = jdbc.sql("select version from supervision.task where id = :id").param("id", open.getKey())
			.query(Integer.class).single();
		var answer = mvc.perform(post("/supervision/tasks/{id}/sign-for", open.getKey())
			.param("version", String.valueOf(version)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(demo.as(open.getValue())))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(answer.getFlashMap().get("notice")).isEqualTo("supervision.done.SIGN_FOR");
		// the task page shows the flashed key through its bundle (#{${notice}})
		assertThat(texts.getMessage("supervision.done.SIGN_FOR", null, java.util.Locale.SIMPLIFIED_CHINESE))
			.startsWith("已签收此任务");
	}

	@Test
	void everyTaskListPutsTheOverdueFirstAndMarksWhetherTheUnitLeadsOrCooperates() throws Exception {
		long unit = jdbc.sql("select unit_id from accounts.account where username = 'tuiyi'").query(Long.class).single();
		String body = call("tuiyi", get("/api/v1/tasks").param("unit", String.valueOf(unit)).param("size", "500"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> colours = com.jayway.jsonpath.JsonPath.read(body, "$.content[*].colour");
		java.util.List<String> states = com.jayway.jsonpath.JsonPath.read(body, "$.content[*].state");
		java.util.List<String> deadlines = com.jayway.jsonpath.JsonPath.read(body, "$.content[*].deadline");
		assertThat(colours).contains("RED").contains("GREEN");
		java.util.List<String> ranks = new java.util.ArrayList<>();
		for (int i = 0; i < colours.size(); i++) {
			int rank = "SIGNED_OFF".equals(states.get(i)) ? 3 : "RED".equals(colours.get(i)) ? 0
					: "YELLOW".equals(colours.get(i)) ? 1 : 2;
			ranks.add(rank + " " + deadlines.get(i));
		}
		assertThat(ranks).as("red, then yellow, then the rest, each by deadline").isSorted();
		java.util.List<String> roles = com.jayway.jsonpath.JsonPath.read(body, "$.content[*].unitRoleLabel");
		assertThat(roles).contains("牵头", "配合").doesNotContainNull();

		String page = mvc.perform(get("/supervision/my").with(demo.as("tuiyi"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		String list = page.substring(page.indexOf("id=\"my-tasks\""));
		assertThat(list.indexOf("sy-colour-RED")).isNotNegative().isLessThan(list.indexOf("sy-colour-GREEN"));
		assertThat(list).containsPattern("sy-role[^>]*>牵头<").containsPattern("sy-role[^>]*>配合<");
	}

	@Test
	void theTwoTasksOfAnItemAUnitHelpsWithSayWhichLeadAndWhichDocumentTheyComeFrom() throws Exception {
		String page = mvc.perform(get("/supervision/my").with(demo.as("junfenqu"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		java.util.List<String> item7 = java.util.regex.Pattern.compile("(?s)<a [^>]*id=\"task-\\d+\">.*?</a>")
			.matcher(page).results().map(java.util.regex.MatchResult::group).filter(row -> row.contains("第 7 条"))
			.map(row -> row.replaceAll("(?s).*sy-task-origin\">([^<]*)<.*", "$1")).toList();
		// other tests may open item 7 tasks of the forwarding plans too: every row says its document and lead
		assertThat(item7).doesNotHaveDuplicates()
			.allSatisfy(origin -> assertThat(origin).matches("\\S+〔\\d{4}〕\\d+号 · 牵头单位：.+"));
		assertThat(item7).filteredOn(origin -> origin.startsWith("云拥办〔2020〕1号 · 牵头单位：")).hasSize(2);
	}

	private ResultActions call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(httpBasic(user, "Demo@2020")));
	}

	private long taskOfItem(String no) {
		return DemoTasks.ofItem(jdbc, no);
	}
}
