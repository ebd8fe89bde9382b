package cn.shuangyong.supervision;

import java.util.List;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.supervision.tasklife.ReportRollUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Joint leads (item 31: 省退役军人厅 named first, 省军区政治工作局 second) share one task: any lead reports, only the
 * first-named submits. Cooperators' reports roll up into the lead's task by unit.
 */
@PlatformTest
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.demo.history=false")
class JointLeadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	ReportRollUp rollUp;

	@Autowired
	Tasks tasks;

	Calls calls;

	@BeforeEach
	void calls() {
		calls = new Calls(mvc, jdbc);
	}

	@Test
	void onlyFirstLeadSubmitsJointTask() throws Exception {
		long task = DemoTasks.ofItem(jdbc, "31");
		calls.as("yunnan", get("/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.leadUnits.length()").value(2))
			.andExpect(jsonPath("$.leadUnits[0].id").value(calls.unitOf("tuiyi")))
			.andExpect(jsonPath("$.leadUnits[1].id").value(calls.unitOf("junqu")));
		calls.as("junqu", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		calls.as("junqu", report(task, "军地联合督查方案已印发")).andExpect(status().isCreated());
		calls.as("tuiyi", report(task, "已督查民航、铁路系统")).andExpect(status().isCreated());
		calls.as("junqu", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").exists());
		calls.as("tuiyi", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUBMITTED"));
	}

	@Test
	void theTaskPageShowsEachUnitsReportsAndWhoHasNotReported() throws Exception {
		long task = DemoTasks.ofItem(jdbc, "29");
		calls.as("xuanchuan", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		calls.as("tuiyi", report(task, "退役军人系统主题宣传 12 场")).andExpect(status().isCreated());
		List<ReportRollUp.UnitReports> units = rollUp.of(tasks.byId(task).orElseThrow());
		assertThat(units.get(0).lead()).isTrue();
		assertThat(units.get(0).firstLead()).isTrue();
		assertThat(units.get(0).lastReportAt()).isNull();
		ReportRollUp.UnitReports tuiyi = units.stream().filter(u -> u.unit().id() == calls.unitOf("tuiyi")).findFirst()
			.orElseThrow();
		assertThat(tuiyi.lead()).isFalse();
		assertThat(tuiyi.reports()).extracting(ReportRollUp.Report::text).containsExactly("退役军人系统主题宣传 12 场");
		assertThat(tuiyi.lastReportAt()).isNotNull();
		long junqu = calls.unitOf("junqu");
		assertThat(ReportRollUp.silentCooperators(units)).extracting(TaskView.UnitRef::id).contains(junqu)
			.doesNotContain(calls.unitOf("tuiyi")).hasSize(units.size() - 2);
		mvc.perform(get("/supervision/tasks/{id}", task).with(demo.as("xuanchuan"))).andExpect(status().isOk())
			.andExpect(model().attribute("silent", org.hamcrest.Matchers.hasSize(units.size() - 2)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("退役军人系统主题宣传 12 场")));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder report(long task, String text) {
		return post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content(calls.json("text", text));
	}
}
