package cn.shuangyong.supervision;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.supervision.tasklife.TaskSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every task names the record it came from, with a link, in the API and on its page; a change made on a stale version
 * of a task is refused and changes nothing; every change of whether the work is done is published.
 */
@PlatformTest
@RecordApplicationEvents
class TaskSourceAndVersionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	TaskIssuing issuing;

	@Autowired
	TaskSources sources;

	@Autowired
	ApplicationEvents events;

	@Test
	void everyTaskNamesItsSourceWithALinkInTheApiAndOnItsPage() throws Exception {
		long task = materialsTask(990_101, "来源测试：报送双拥工作总结");
		calls().as("chuxiong", get("/api/v1/tasks")).andExpect(status().isOk())
			.andExpect(jsonPath("$..source.kind").value(hasItem("PLAN_ITEM")))
			.andExpect(jsonPath("$..source.label").value(everyItem(not(""))))
			.andExpect(jsonPath("$..source.href").value(everyItem(startsWith("/"))));
		calls().as("chuxiong", get("/api/v1/tasks/{id}", task)).andExpect(status().isOk())
			.andExpect(jsonPath("$.source.kind").value("MATERIALS")).andExpect(jsonPath("$.source.id").value(990_101))
			.andExpect(jsonPath("$.source.label").value("材料报送"))
			.andExpect(jsonPath("$.source.href").value("/supervision/materials/990101"))
			.andExpect(jsonPath("$.sourceKind").value("MATERIALS")).andExpect(jsonPath("$.sourceId").value(990_101));
		mvc.perform(get("/supervision/tasks/{id}", task).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/supervision/materials/990101\">材料报送")));
		long planTask = DemoTasks.ofItem(jdbc, "1");
		calls().as("yunnan", get("/api/v1/tasks/{id}", planTask)).andExpect(jsonPath("$.source.kind").value("PLAN_ITEM"))
			.andExpect(jsonPath("$.source.href").value(
					"/plans/items/" + jdbc.sql("select item_id from supervision.task where id = :t").param("t", planTask)
						.query(Long.class).single()));
	}

	@Test
	void aChangeMadeOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
		long task = materialsTask(990_102, "版本测试：报送服务站建设情况");
		int seen = version(task);
		calls().as("lufeng", post("/api/v1/tasks/{id}/sign-for", task).header(HttpHeaders.IF_MATCH, "\"" + seen + "\""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(seen + 1));
		long timeline = timeline(task);
		calls().as("lufeng", post("/api/v1/tasks/{id}/reports", task).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"在另一页面上写的进展\",\"version\":" + seen + "}")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
		calls().as("lufeng", post("/api/v1/tasks/{id}/reports", task).contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.IF_MATCH, "not-a-version").content("{\"text\":\"进展\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/supervision/tasks/{id}/reports", task).param("text", "旧页面上的进展")
			.param("version", String.valueOf(seen)).with(demo.as("lufeng")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(version(task)).isEqualTo(seen + 1);
		assertThat(timeline(task)).isEqualTo(timeline);
		assertThat(jdbc.sql("select count(*) from supervision.progress_report where task_id = :t").param("t", task)
			.query(Long.class).single()).isZero();
		mvc.perform(post("/supervision/tasks/{id}/reports", task).param("text", "当前页面上的进展")
			.param("version", String.valueOf(seen + 1)).with(demo.as("lufeng")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select state from supervision.task where id = :t").param("t", task).query(String.class)
			.single()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aChangeThatNamesNoVersionIsRefusedAndChangesNothing() throws Exception {
		long task = materialsTask(990_104, "版本测试：报送慰问情况");
		int seen = version(task);
		long timeline = timeline(task);
		for (String action : List.of("sign-for", "submit", "sign-off")) {
			calls().as(action.equals("sign-off") ? "chuxiong" : "lufeng", post("/api/v1/tasks/{id}/" + action, task))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("缺少任务的版本号")));
		}
		calls().as("lufeng", post("/api/v1/tasks/{id}/reports", task).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"没有版本号的进展\"}")).andExpect(status().isBadRequest());
		calls().as("chuxiong", post("/api/v1/tasks/{id}/return", task).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"请补充\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/supervision/tasks/{id}/sign-for", task).with(demo.as("lufeng")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problems",
					hasItem(containsString("缺少任务的版本号"))));
		assertThat(version(task)).isEqualTo(seen);
		assertThat(timeline(task)).isEqualTo(timeline);
	}

	@Test
	void signOffReturnAndReopenArePublishedForTheModuleThatOpenedTheTask() throws Exception {
		long task = materialsTask(990_103, "事件测试：报送年终总结");
		calls().as("lufeng", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		calls().as("lufeng", post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"已报送\"}")).andExpect(status().isCreated());
		calls().as("lufeng", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		calls().as("chuxiong", post("/api/v1/tasks/{id}/return", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"请附统计表\"}")).andExpect(status().isOk());
		calls().as("lufeng", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		calls().as("chuxiong", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		calls().as("lufeng", post("/api/v1/tasks/{id}/reopen", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isForbidden());
		calls().as("chuxiong", post("/api/v1/tasks/{id}/reopen", task).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"统计表有误\",\"version\":" + version(task) + "}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"));
		long office = demo.unitId(Demo.CHUXIONG_OFFICE);
		assertThat(events.stream(TaskReturned.class))
			.containsExactly(new TaskReturned(task, "MATERIALS", 990_103, office, "请附统计表"));
		assertThat(events.stream(TaskSignedOff.class))
			.containsExactly(new TaskSignedOff(task, "MATERIALS", 990_103, office, LocalDate.of(2020, 9, 30)));
		assertThat(events.stream(TaskReopened.class))
			.containsExactly(new TaskReopened(task, "MATERIALS", 990_103, office, "统计表有误"));
		assertThat(jdbc.sql("select kind from supervision.task_event where task_id = :t order by id").param("t", task)
			.query(String.class).list()).containsExactly("SIGN_FOR", "REPORT", "SUBMIT", "RETURN", "SUBMIT", "SIGN_OFF",
					"REOPEN");
	}

	private long materialsTask(long requestId, String title) {
		return issuing.open(new OpenTask(sources.byCode("MATERIALS").orElseThrow(), requestId, title,
				List.of(demo.unitId(Demo.LUFENG_OFFICE)), List.of(), LocalDate.of(2020, 12, 31),
				demo.unitId(Demo.CHUXIONG_OFFICE)));
	}

	private int version(long task) {
		return jdbc.sql("select version from supervision.task where id = :t").param("t", task).query(Integer.class)
			.single();
	}

	private long timeline(long task) {
		return jdbc.sql("select count(*) from supervision.task_event where task_id = :t").param("t", task)
			.query(Long.class).single();
	}

	private Calls calls() {
		return new Calls(mvc, jdbc);
	}
}
