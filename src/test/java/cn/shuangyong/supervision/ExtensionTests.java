package cn.shuangyong.supervision;

import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 延期: the lead asks with a reason, the issuing office approves (deadline moves, reason kept) or refuses. */
@PlatformTest
class ExtensionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Calls calls;

	@BeforeEach
	void calls() {
		calls = new Calls(mvc, jdbc);
	}

	@Test
	void rejectsExtensionRequestFromCooperator() throws Exception {
		long task = DemoTasks.ofItem(jdbc, "27");
		calls.as("tuiyi", ask(task, "2020-12-31", "配合单位想延期")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").exists());
		calls.as("junfenqu", ask(task, "2020-12-31", "看不到的任务")).andExpect(status().isNotFound());
		assertThat(requests(task)).isZero();
	}

	@Test
	void approvesExtensionAndKeepsReason() throws Exception {
		long task = DemoTasks.ofItem(jdbc, "15");
		java.time.LocalDate deadline = deadline(task);
		String later = deadline.plusDays(45).toString();
		calls.as("tuiyi", ask(task, deadline.toString(), "不晚于原截止日期")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("申请延至的日期须晚于现在的截止日期 " + deadline));
		calls.as("tuiyi", ask(task, later, " ")).andExpect(status().isBadRequest());
		String id = calls.as("tuiyi", ask(task, later, "受疫情影响，招聘会推迟至十一月举办"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("PENDING"))
			.andExpect(jsonPath("$.stateLabel").value("待审批"))
			.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":(\\d+).*", "$1");
		calls.as("tuiyi", ask(task, deadline.plusDays(60).toString(), "再申请一次")).andExpect(status().isConflict());
		calls.as("yunnan", get("/api/v1/extensions"))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].reason").value("受疫情影响，招聘会推迟至十一月举办"));
		calls.as("tuiyi", post("/api/v1/extensions/{r}/approve", id)).andExpect(status().isForbidden());
		calls.as("yunnan", post("/api/v1/extensions/{r}/approve", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"));
		calls.as("yunnan", get("/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.deadline").value(later));
		assertThat(jdbc.sql("select deadline_reason from supervision.task where id = :t").param("t", task)
			.query(String.class).single()).contains("受疫情影响，招聘会推迟至十一月举办");
		calls.as("yunnan", post("/api/v1/extensions/{r}/approve", id)).andExpect(status().isConflict());
		assertThat(events(task)).containsSubsequence("EXTENSION_REQUESTED", "EXTENSION_APPROVED");
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'TASK_EXTENSION_APPROVED' and object_id = :t")
			.param("t", Long.toString(task)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesExtensionOnlyWithAReasonAndLeavesTheDeadline() throws Exception {
		long task = DemoTasks.ofItem(jdbc, "16");
		String id = calls.as("tuiyi", ask(task, deadline(task).plusMonths(3).toString(), "需跨年完成"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
			.replaceAll("^\\{\"id\":(\\d+).*", "$1");
		String before = jdbc.sql("select deadline::text from supervision.task where id = :t").param("t", task)
			.query(String.class).single();
		calls.as("yunnan", post("/api/v1/extensions/{r}/refuse", id).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
		calls.as("yunnan", post("/api/v1/extensions/{r}/refuse", id).contentType(MediaType.APPLICATION_JSON)
			.content(calls.json("reason", "年内必须完成"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REFUSED")).andExpect(jsonPath("$.decisionReason").value("年内必须完成"));
		assertThat(jdbc.sql("select deadline::text from supervision.task where id = :t").param("t", task)
			.query(String.class).single()).isEqualTo(before);
		assertThat(events(task)).contains("EXTENSION_REFUSED");
		calls.as("yunnan", get("/api/v1/extensions")).andExpect(content().string(org.hamcrest.Matchers.not(
				org.hamcrest.Matchers.containsString("\"id\":" + id + ","))));
	}

	private MockHttpServletRequestBuilder ask(long task, String until, String reason) {
		return post("/api/v1/tasks/{id}/extensions", task).contentType(MediaType.APPLICATION_JSON)
			.content(calls.json("until", until, "reason", reason));
	}

	private java.time.LocalDate deadline(long task) {
		return jdbc.sql("select deadline from supervision.task where id = :t").param("t", task)
			.query(java.time.LocalDate.class).single();
	}

	private long requests(long task) {
		return jdbc.sql("select count(*) from supervision.extension_request where task_id = :t").param("t", task)
			.query(Long.class).single();
	}

	private java.util.List<String> events(long task) {
		return jdbc.sql("select kind from supervision.task_event where task_id = :t order by id").param("t", task)
			.query(String.class).list();
	}
}
