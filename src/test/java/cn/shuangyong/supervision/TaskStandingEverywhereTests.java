package cn.shuangyong.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.supervision.reporting.BulletinFigures;
import cn.shuangyong.supervision.reporting.TaskReplay;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How a task stands reads the same everywhere, from the one rule of {@link TaskStanding}: on the task's page, in the
 * lists (the API's and the board's), in the ledger, on the dashboard and in the bulletin.
 */
@PlatformTest
class TaskStandingEverywhereTests {

	private static final LocalDate DUE = LocalDate.of(2020, 7, 31);

	private static final Pattern TASK_PAGE = Pattern.compile("<span[^>]*id=\"task-colour\"[^>]*>([^<]+)</span>");

	private static final Pattern BOARD_ROW = Pattern
		.compile("id=\"board-task-(\\d+)\"[^>]*>\\s*<td><span[^>]*>([^<]+)</span>");

	private static final Pattern LEDGER_ROW = Pattern
		.compile("id=\"ledger-task-(\\d+)\".*?sy-standing-[A-Z_]+\"[^>]*>([^<]+)</span>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	BusinessClock clock;

	@Autowired
	Tasks tasks;

	@Autowired
	Bulletins bulletins;

	long chuxiongPlan;

	long lateTask;

	/** On the 楚雄 plan: a task due 2020-07-31, submitted on 09-29 and signed off on 09-30. */
	@BeforeEach
	void aTaskFinishedLate() {
		PlanHistory plan = PlanHistory.reset(jdbc, "楚拥办通〔2020〕1号");
		chuxiongPlan = plan.planId();
		lateTask = plan.tasks().get(0);
		plan.history(lateTask, DUE, "SIGN_FOR@2020-06-10", "REPORT@2020-07-20", "SUBMIT@2020-09-29",
				"SIGN_OFF@2020-09-30");
	}

	@Test
	void aTaskDueInJulyAndSignedOffOnTheLastDayOfSeptemberReadsDoneLateEverywhere() throws Exception {
		assertThat(clock.today()).as("the demo's business date").isAfterOrEqualTo(LocalDate.of(2020, 9, 30));

		assertThat(taskPage(lateTask)).isEqualTo("逾期办结");
		assertThat(ledger(chuxiongPlan)).containsEntry(lateTask, "逾期办结");
		assertThat(board(chuxiongPlan)).containsEntry(lateTask, "逾期办结");
		assertThat(apiList(chuxiongPlan)).containsEntry(lateTask, "逾期办结");
		String json = page("/api/v1/tasks/" + lateTask);
		assertThat((String) JsonPath.read(json, "$.standing")).isEqualTo("DONE_LATE");
		assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("SIGNED_OFF");
		assertThat((String) JsonPath.read(json, "$.stateLabel")).isEqualTo("已办结");
		assertThat((String) JsonPath.read(json, "$.colourLabel")).isEqualTo("绿");
		assertThat(dashboardFigure(chuxiongPlan, "figure-late")).isEqualTo(1);
		BulletinFigures figures = bulletins.figures(chuxiongPlan, clock.today(), province());
		assertThat(figures.total().late()).isEqualTo(1);
		assertThat(figures.total().onTime()).isZero();
	}

	@Test
	void everyTaskOfTheDemoStandsTheSameOnItsPageInTheListsTheLedgerTheBoardTheDashboardAndTheBulletin()
			throws Exception {
		CurrentUser province = province();
		LocalDate today = clock.today();
		List<TaskView> all = tasks.search(new Tasks.TaskFilter(null, null, null), province);
		assertThat(all).as("the demo's tasks").hasSizeGreaterThan(100);
		assertThat(all).extracting(TaskView::standing).contains(TaskStanding.DONE_ON_TIME, TaskStanding.DONE_LATE,
				TaskStanding.OVERDUE);
		Map<Long, List<TaskReplay.Change>> timelines = timelines();
		Set<Long> planIds = new LinkedHashSet<>();
		for (TaskView task : all) {
			String expected = task.standing().chinese();
			assertThat(TaskReplay.asOf(task.deadline(), timelines.getOrDefault(task.id(), List.of()), today,
					tasks.warningDays()).standing()).as("the bulletin's replay of task %d", task.id())
				.isEqualTo(task.standing());
			assertThat(task.colour()).isEqualTo(task.standing().colour());
			assertThat(taskPage(task.id())).as("the page of task %d", task.id()).isEqualTo(expected);
			if (task.planId() != null) {
				planIds.add(task.planId());
			}
		}
		for (long planId : planIds) {
			List<TaskView> own = all.stream().filter(t -> Long.valueOf(planId).equals(t.planId())).toList();
			Map<Long, String> expected = new HashMap<>();
			own.forEach(t -> expected.put(t.id(), t.standing().chinese()));
			assertThat(ledger(planId)).as("the ledger of plan %d", planId).isEqualTo(expected);
			assertThat(board(planId)).as("the board of plan %d", planId).isEqualTo(expected);
			assertThat(apiList(planId)).as("the API's list of plan %d", planId).isEqualTo(expected);
			assertThat(dashboardFigure(planId, "figure-late")).as("逾期办结 on the dashboard of plan %d", planId)
				.isEqualTo(count(own, TaskStanding.DONE_LATE));
			assertThat(dashboardFigure(planId, "figure-overdue")).as("逾期未办结 on the dashboard of plan %d", planId)
				.isEqualTo(count(own, TaskStanding.OVERDUE));
			BulletinFigures.Count total = bulletins.figures(planId, today, province).total();
			assertThat(total).as("the bulletin of plan %d", planId)
				.isEqualTo(new BulletinFigures.Count(own.size(), count(own, TaskStanding.DONE_ON_TIME),
						count(own, TaskStanding.DONE_LATE),
						count(own, TaskStanding.IN_PROGRESS) + count(own, TaskStanding.DUE_SOON),
						count(own, TaskStanding.OVERDUE)));
		}
	}

	private CurrentUser province() {
		return demo.signedIn("yunnan");
	}

	private static int count(List<TaskView> tasks, TaskStanding standing) {
		return (int) tasks.stream().filter(t -> t.standing() == standing).count();
	}

	private String taskPage(long id) throws Exception {
		Matcher matcher = TASK_PAGE.matcher(page("/supervision/tasks/" + id));
		assertThat(matcher.find()).as("task %d shows its standing", id).isTrue();
		return matcher.group(1).strip();
	}

	private Map<Long, String> ledger(long planId) throws Exception {
		return rows(LEDGER_ROW, page("/supervision/plans/" + planId + "/ledger"));
	}

	private Map<Long, String> board(long planId) throws Exception {
		Map<Long, String> rows = new HashMap<>();
		for (int page = 0; page < 100; page++) {
			Map<Long, String> more = rows(BOARD_ROW, page("/supervision/board?plan=" + planId + "&page=" + page));
			if (rows.keySet().containsAll(more.keySet())) {
				break;
			}
			rows.putAll(more);
		}
		return rows;
	}

	private Map<Long, String> apiList(long planId) throws Exception {
		String json = page("/api/v1/tasks?plan=" + planId + "&size=500");
		List<Number> ids = JsonPath.read(json, "$.content[*].id");
		List<String> labels = JsonPath.read(json, "$.content[*].standingLabel");
		Map<Long, String> rows = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			rows.put(ids.get(i).longValue(), labels.get(i));
		}
		return rows;
	}

	private int dashboardFigure(long planId, String id) throws Exception {
		Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(page("/dashboard?plan=" + planId));
		assertThat(matcher.find()).as(id).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static Map<Long, String> rows(Pattern row, String html) {
		Map<Long, String> rows = new HashMap<>();
		Matcher matcher = row.matcher(html);
		while (matcher.find()) {
			rows.put(Long.parseLong(matcher.group(1)), matcher.group(2).strip());
		}
		return rows;
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(demo.as("yunnan"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Each task's timeline as the bulletin reads it (TaskHistory): the action and its business date, in order. */
	private Map<Long, List<TaskReplay.Change>> timelines() {
		Map<Long, List<TaskReplay.Change>> changes = new HashMap<>();
		jdbc.sql("""
				select task_id, kind, coalesce(on_date, cast(at at time zone 'Asia/Shanghai' as date))
				from supervision.task_event order by id""")
			.query(rs -> {
				changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new TaskReplay.Change(rs.getString(2), rs.getObject(3, LocalDate.class)));
			});
		return changes;
	}
}
