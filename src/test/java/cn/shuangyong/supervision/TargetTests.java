package cn.shuangyong.supervision;

import java.util.List;
import java.util.Map;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.supervision.tasklife.ReportDraft;
import cn.shuangyong.supervision.targets.Target;
import cn.shuangyong.supervision.targets.TargetCounts;
import cn.shuangyong.supervision.targets.Targets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Item 4 asks every prefecture for at least one research piece, one short film and one micro-video: its targets are
 * read from its text and counted from accepted publicity works (PublicityTests), so units type no figure for them.
 * Targets an office sets on another item are counted from the figures units report, by the reporting unit's
 * prefecture.
 */
@PlatformTest
class TargetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	Targets targets;

	@Autowired
	TargetCounts counts;

	@Autowired
	TaskWork work;

	Calls calls;

	@BeforeEach
	void calls() {
		calls = new Calls(mvc, jdbc);
	}

	@Test
	void readsItem4TargetsAndCountsTypedTargetsPerPrefecture() throws Exception {
		assertThat(targets.ofItem(itemOf(DemoTasks.ofItem(jdbc, "4")))).extracting(Target::name)
			.containsExactly("理论研究成果", "公益短片", "微视频");
		long tuiyiTask = DemoTasks.ofItem(jdbc, "5");
		long item = itemOf(tuiyiTask);
		List<Target> item3 = typedTargets(item);
		long research = item3.get(0).id(), film = item3.get(1).id(), video = item3.get(2).id();
		long militaryTask = jdbc.sql("select max(id) from supervision.task where item_id = :i").param("i", item)
			.query(Long.class).single();
		String kunming = demo.newAccount(Role.OFFICE_STAFF, Demo.KUNMING_OFFICE);
		calls.as("tuiyi", post("/api/v1/tasks/{id}/sign-for", tuiyiTask).with(CurrentVersion.ofTask(jdbc, tuiyiTask)));
		calls.as("junqu", post("/api/v1/tasks/{id}/sign-for", militaryTask).with(CurrentVersion.ofTask(jdbc, militaryTask)));

		report("chuxiong", Demo.PASSWORD, tuiyiTask, Map.of(research, 1, film, 1, video, 0));
		report("chuxiong", Demo.PASSWORD, militaryTask, Map.of(research, 2, film, 1, video, 1));
		work.report(militaryTask, new ReportDraft("昆明市作品", Map.of(research, 1, film, 0), List.of()),
				demo.signedIn(kunming));
		report("tuiyi", Demo.PASSWORD, tuiyiTask, Map.of(film, 5));

		TargetCounts.Table table = counts.of(item, "53");
		assertThat(table.rows()).hasSize(16);
		TargetCounts.Row chuxiong = row(table, "5323");
		assertThat(chuxiong.regionName()).isEqualTo("楚雄彝族自治州");
		assertThat(chuxiong.cells()).extracting(TargetCounts.Cell::counted).containsExactly(2, 1, 1);
		assertThat(chuxiong.allMet()).isTrue();
		TargetCounts.Row kunmingRow = row(table, "5301");
		assertThat(kunmingRow.cells()).extracting(TargetCounts.Cell::counted).containsExactly(1, 0, 0);
		assertThat(kunmingRow.allMet()).isFalse();
		assertThat(row(table, "5329").cells()).extracting(TargetCounts.Cell::counted).containsExactly(0, 0, 0);
		assertThat(table.prefecturesMet()).isEqualTo(1);
		assertThat(table.unplaced()).containsExactly(0, 5, 0);
		assertThat(table.totals()).containsExactly(3, 6, 1);

		mvc.perform(get("/supervision/items/{id}/targets", item).with(demo.as("lufeng"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("已达标州（市）：1 / 16")));
	}

	@Test
	void refusesFiguresForAnotherItemsTargetOrBelowZeroOrForATalliedTarget() throws Exception {
		long item4Task = DemoTasks.ofItem(jdbc, "4");
		long item4Film = targets.ofItem(itemOf(item4Task)).get(1).id();
		calls.as("tuiyi", post("/api/v1/tasks/{id}/sign-for", item4Task).with(CurrentVersion.ofTask(jdbc, item4Task)));
		calls.as("tuiyi", multipart("/api/v1/tasks/{id}/reports", item4Task).with(CurrentVersion.ofTask(jdbc, item4Task))
			.param("figure." + item4Film, "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("指标“公益短片”按审核采用的宣传作品统计，不能在进展报告中填写数字"));
		long task = DemoTasks.ofItem(jdbc, "5");
		long film = typedTargets(itemOf(task)).get(1).id();
		calls.as("tuiyi", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task)));
		calls.as("tuiyi", multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).param("figure." + film, "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("指标“专题片”的数字须为 0 至 1000000 之间的整数"));
		calls.as("tuiyi", multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).param("figure.999999", "1"))
			.andExpect(status().isBadRequest());
		calls.as("tuiyi", multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).param("figure." + film, "两部"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是整数")));
	}

	@Test
	void theIssuingOfficeSetsAnItemsTargetsAndKeepsReportedOnes() throws Exception {
		long task = DemoTasks.ofItem(jdbc, "3");
		long item = itemOf(task);
		mvc.perform(post("/supervision/items/{id}/targets", item).with(csrf()).with(demo.as("chuxiong"))
			.param("name", "宣传报道", "").param("measure", "篇", "").param("required", "2", ""))
			.andExpect(status().isForbidden());
		mvc.perform(post("/supervision/items/{id}/targets", item).with(csrf()).with(demo.as("yunnan"))
			.param("name", "宣传报道", "").param("measure", "篇", "").param("required", "零", ""))
			.andExpect(flash().attribute("problems", List.of("第 1 行指标的要求数量“零”不是整数")));
		mvc.perform(post("/supervision/items/{id}/targets", item).with(csrf()).with(demo.as("yunnan"))
			.param("name", "宣传报道", "典型案例", "").param("measure", "篇", "个", "").param("required", "2", "10", "")
			.param("perPrefecture", "0")).andExpect(flash().attribute("notice", "tasklife.targets.saved"));
		List<Target> set = targets.ofItem(item);
		assertThat(set).extracting(Target::name, Target::required, Target::perPrefecture)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("宣传报道", 2, true),
					org.assertj.core.groups.Tuple.tuple("典型案例", 10, false));
		String lead = jdbc.sql("""
				select a.username_key from accounts.account a join supervision.task_unit u on u.unit_id = a.unit_id
				where u.task_id = :t and u.role = 'LEAD' limit 1""").param("t", task).query(String.class).optional()
			.orElse(null);
		if (lead != null) {
			calls.as(lead, post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task)));
			calls.as(lead, multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).param("figure." + set.get(1).id(), "3"))
				.andExpect(status().isCreated());
			assertThatThrownBy(() -> targets.set(item, List.of(new Target.Draft("宣传报道", "篇", 2, true)),
					demo.signedIn("yunnan")))
				.hasMessageContaining("指标“典型案例”已有单位报送了数字，不能删除");
		}
	}

	private void report(String user, String password, long task, Map<Long, Integer> figures) throws Exception {
		var request = multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).param("text", "作品报送");
		figures.forEach((target, value) -> request.param("figure." + target, value.toString()));
		mvc.perform(request.with(httpBasic(user, password))).andExpect(status().isCreated());
	}

	/** Item 5 states no numbers; the provincial office sets three per-prefecture targets that units report by figures. */
	private List<Target> typedTargets(long item) {
		return targets.set(item, List.of(new Target.Draft("宣传报道", "篇", 1, true), new Target.Draft("专题片", "部", 1, true),
				new Target.Draft("短视频", "部", 1, true)), demo.signedIn("yunnan"));
	}

	private long itemOf(long task) {
		return jdbc.sql("select item_id from supervision.task where id = :t").param("t", task).query(Long.class).single();
	}

	private static TargetCounts.Row row(TargetCounts.Table table, String code) {
		return table.rows().stream().filter(r -> r.regionCode().equals(code)).findFirst().orElseThrow();
	}
}
