package cn.shuangyong.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.board.BoardFilter;
import cn.shuangyong.supervision.board.BoardLevel;
import cn.shuangyong.supervision.board.BoardPage;
import cn.shuangyong.supervision.board.SupervisionBoard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The supervision board on the demo plans: each filter, the colour counts, paging, and the data scope. */
@PlatformTest
class SupervisionBoardTests {

	@Autowired
	SupervisionBoard board;

	@Autowired
	Tasks tasks;

	@Autowired
	WorkPlans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	cn.shuangyong.shared.BusinessClock clock;

	private CurrentUser province;

	private long plan;

	@BeforeEach
	void demoHistoryWritten() {
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("select count(*) from supervision.demo_history").query(Long.class).single() == 2);
		province = demo.signedIn("yunnan");
		plan = jdbc.sql("select id from plans.work_plan where doc_number = '云拥办〔2020〕1号'").query(Long.class).single();
	}

	@Test
	void countsEachColourAsTheTaskRuleColoursIt() {
		BoardPage all = board.show(filter(null, null, null, null, null, 0), province);
		for (TaskColour colour : TaskColour.values()) {
			List<TaskView> coloured = tasks.search(new Tasks.TaskFilter(plan, null, colour), province);
			assertThat(all.count(colour)).as(colour.name()).isEqualTo(coloured.size());
		}
		assertThat(all.count(TaskColour.RED)).isPositive();
		assertThat(all.total()).isEqualTo(tasks.ofPlan(plan).size());
	}

	/** The pages are kept while the tasks stand: a committed change shows on the next request. */
	@Test
	void showsASignOffAtOnce() {
		BoardFilter reds = filter(null, null, TaskColour.RED, null, null, 0);
		BoardPage before = board.show(reds, province);
		assertThat(board.show(reds, province).tasks().get(0)).as("kept").isSameAs(before.tasks().get(0));
		TaskView red = before.tasks().get(0);
		jdbc.sql("update supervision.task set state = 'SIGNED_OFF', signed_off_on = date '2020-09-30' where id = :id")
			.param("id", red.id()).update();
		try {
			BoardPage after = board.show(reds, province);
			assertThat(after.count(TaskColour.RED)).isEqualTo(before.count(TaskColour.RED) - 1);
			assertThat(after.count(TaskColour.GREEN)).isEqualTo(before.count(TaskColour.GREEN) + 1);
			assertThat(after.tasks()).extracting(TaskView::id).doesNotContain(red.id());
		}
		finally {
			jdbc.sql("update supervision.task set state = :s, signed_off_on = null where id = :id")
				.param("s", red.state().name()).param("id", red.id()).update();
		}
		assertThat(board.show(reds, province).count(TaskColour.RED)).isEqualTo(before.count(TaskColour.RED));
	}

	/**
	 * A plan's pages are kept against that plan's tasks (issue 23): a write to another plan's task keeps them, while
	 * that plan's pages and the board over every plan show it on the next request.
	 */
	@Test
	void keepsAPlansPagesWhileOnlyAnotherPlansTasksChange() {
		long chuxiongPlan = jdbc.sql("select id from plans.work_plan where doc_number = '楚拥办通〔2020〕1号'")
			.query(Long.class).single();
		BoardFilter forward = new BoardFilter(chuxiongPlan, null, null, null, null, null, 0);
		BoardFilter everyPlan = new BoardFilter(null, null, null, null, null, null, 0);
		BoardFilter reds = filter(null, null, TaskColour.RED, null, null, 0);
		BoardPage forwardBefore = board.show(forward, province);
		BoardPage everyPlanBefore = board.show(everyPlan, province);
		BoardPage redsBefore = board.show(reds, province);
		TaskView red = redsBefore.tasks().get(0);
		jdbc.sql("update supervision.task set state = 'SIGNED_OFF', signed_off_on = date '2020-09-30' where id = :id")
			.param("id", red.id()).update();
		try {
			assertThat(board.show(forward, province).tasks().get(0)).as("another plan's tasks are kept")
				.isSameAs(forwardBefore.tasks().get(0));
			assertThat(board.show(reds, province).count(TaskColour.RED)).isEqualTo(redsBefore.count(TaskColour.RED) - 1);
			assertThat(board.show(everyPlan, province).count(TaskColour.RED))
				.isEqualTo(everyPlanBefore.count(TaskColour.RED) - 1);
		}
		finally {
			jdbc.sql("update supervision.task set state = :s, signed_off_on = null where id = :id")
				.param("s", red.state().name()).param("id", red.id()).update();
		}
		jdbc.sql("update supervision.task_unit set position = position where task_id = :id")
			.param("id", forwardBefore.tasks().get(0).id()).update();
		assertThat(board.show(forward, province).tasks().get(0)).as("a change to one of its tasks' units")
			.isNotSameAs(forwardBefore.tasks().get(0));
	}

	/**
	 * Over every plan, a view is kept against the tasks it may show (issue 23): a write to a task outside the user's
	 * scope and the view's filters keeps it, and a write to a task it may show, whether through the task's region, its
	 * issuer's region or the user's own unit, shows on the next request.
	 */
	@Test
	void keepsAnEveryPlanViewWhileOnlyTasksItCannotShowChange() {
		CurrentUser chuxiong = demo.signedIn("chuxiong");
		long office = demo.unitId(Demo.CHUXIONG_OFFICE);
		BoardFilter everyPlan = new BoardFilter(null, null, null, null, null, null, 0);
		BoardFilter ownPrefecture = new BoardFilter(null, null, null, null, null, "5323", 0);
		BoardPage before = board.show(everyPlan, chuxiong);
		BoardPage ownBefore = board.show(ownPrefecture, chuxiong);
		assertThat(board.show(everyPlan, chuxiong)).as("kept").isSameAs(before);

		List<TaskView> kunmingReds = board.show(new BoardFilter(null, null, null, TaskColour.RED, null, "5301", 0), province)
			.tasks().stream().filter(t -> !t.ledBy(office) && !t.cooperatedBy(office)).toList();
		assertThat(kunmingReds).as("red tasks in 昆明 that 楚雄's office does not work on").hasSizeGreaterThan(1);
		touch(kunmingReds.get(0).id());
		assertThat(board.show(everyPlan, chuxiong)).as("a task outside the scope changed").isSameAs(before);
		assertThat(board.show(ownPrefecture, chuxiong)).isSameAs(ownBefore);

		// a provincial task 楚雄's office works on: in its views through the unit only, outside its prefecture's view
		BoardFilter provincial = new BoardFilter(null, null, null, null, BoardLevel.PROVINCE, null, 0);
		List<TaskView> throughUnit = board.show(provincial, chuxiong).tasks();
		assertThat(throughUnit).as("provincial tasks 楚雄's office works on").isNotEmpty();
		long retitled = throughUnit.get(0).id();
		jdbc.sql("update supervision.task set title = title || '（改）' where id = :id").param("id", retitled).update();
		try {
			assertThat(board.show(provincial, chuxiong).tasks()).filteredOn(t -> t.id() == retitled)
				.singleElement().satisfies(t -> assertThat(t.title()).endsWith("（改）"));
			assertThat(board.show(everyPlan, chuxiong)).isNotSameAs(before);
			assertThat(board.show(ownPrefecture, chuxiong)).as("a provincial task").isSameAs(ownBefore);
		}
		finally {
			jdbc.sql("update supervision.task set title = left(title, length(title) - 3) where id = :id")
				.param("id", retitled).update();
		}

		// a task of 昆明 issued from 楚雄: in its view through the issuer's region, at once
		TaskView issued = kunmingReds.get(1);
		String issuerRegion = jdbc.sql("select issuer_region from supervision.task where id = :id").param("id", issued.id())
			.query(String.class).single();
		jdbc.sql("update supervision.task set issuer_region = '5323' where id = :id").param("id", issued.id()).update();
		try {
			BoardPage withIssued = board.show(everyPlan, chuxiong);
			assertThat(withIssued.count(TaskColour.RED)).isEqualTo(before.count(TaskColour.RED) + 1);
			assertThat(board.show(everyPlan, chuxiong)).isSameAs(withIssued);
			signOffAndBack(issued, () -> assertThat(board.show(everyPlan, chuxiong).count(TaskColour.RED))
				.isEqualTo(before.count(TaskColour.RED)));
		}
		finally {
			jdbc.sql("update supervision.task set issuer_region = :r where id = :id").param("r", issuerRegion)
				.param("id", issued.id()).update();
		}

		// a task of its own prefecture
		TaskView own = board.show(new BoardFilter(null, null, null, TaskColour.RED, null, "5323", 0), chuxiong).tasks()
			.get(0);
		BoardPage ownNow = board.show(ownPrefecture, chuxiong);
		signOffAndBack(own, () -> assertThat(board.show(ownPrefecture, chuxiong).count(TaskColour.RED))
			.isEqualTo(ownNow.count(TaskColour.RED) - 1));
		assertThat(board.show(everyPlan, chuxiong).count(TaskColour.RED)).isEqualTo(before.count(TaskColour.RED));
	}

	/**
	 * A unit's view over every plan shows a change to any task of that unit at once, also one added to the unit after
	 * the view was kept, and keeps it while tasks of other units change.
	 */
	@Test
	void anEveryPlanViewOfAUnitSeesItsTasksAtOnce() {
		long office = demo.unitId(Demo.CHUXIONG_OFFICE);
		BoardFilter ofOffice = new BoardFilter(null, null, office, null, null, null, 0);
		BoardPage before = board.show(ofOffice, province);
		long other = jdbc.sql("""
				select min(t.id) from supervision.task t where not exists
				  (select 1 from supervision.task_unit u where u.task_id = t.id and u.unit_id = :u)""")
			.param("u", office).query(Long.class).single();
		touch(other);
		assertThat(board.show(ofOffice, province)).as("a task of other units changed").isSameAs(before);
		jdbc.sql("insert into supervision.task_unit (task_id, unit_id, role, position) values (:t, :u, 'COOPERATING', 99)")
			.param("t", other).param("u", office).update();
		try {
			assertThat(board.show(ofOffice, province).total()).as("a task given to the unit").isEqualTo(before.total() + 1);
		}
		finally {
			jdbc.sql("delete from supervision.task_unit where task_id = :t and unit_id = :u and position = 99")
				.param("t", other).param("u", office).update();
		}
		assertThat(board.show(ofOffice, province).total()).as("and taken back").isEqualTo(before.total());
	}

	private void touch(long taskId) {
		assertThat(jdbc.sql("update supervision.task set version = version where id = :id").param("id", taskId).update())
			.isEqualTo(1);
	}

	private void signOffAndBack(TaskView task, Runnable check) {
		jdbc.sql("update supervision.task set state = 'SIGNED_OFF', signed_off_on = date '2020-09-30' where id = :id")
			.param("id", task.id()).update();
		try {
			check.run();
		}
		finally {
			jdbc.sql("update supervision.task set state = :s, signed_off_on = null where id = :id")
				.param("s", task.state().name()).param("id", task.id()).update();
		}
	}

	/**
	 * Over every plan, pages past the end show the last one and are the same kept page: users click through pages 1–10
	 * of any view.
	 */
	@Test
	void aPagePastTheEndIsTheKeptLastPage() {
		CurrentUser lufeng = demo.signedIn("lufeng");
		BoardPage pastTheEnd = board.show(new BoardFilter(null, null, null, null, null, null, 9), lufeng);
		assertThat(pastTheEnd.page()).isLessThan(9);
		BoardPage last = board.show(new BoardFilter(null, null, null, null, null, null, pastTheEnd.page()), lufeng);
		assertThat(last).isSameAs(pastTheEnd);
		assertThat(board.show(new BoardFilter(null, null, null, null, null, null, 8), lufeng)).isSameAs(last);
	}

	/**
	 * A plan's views are worked out in memory from its tasks: each gives the tasks, counts and order the database gives
	 * for the same filter, for the province and for a prefecture office.
	 */
	@Test
	void aPlansViewsAreThoseOfTheDatabase() {
		long chuxiongOffice = demo.unitId(Demo.CHUXIONG_OFFICE);
		String fifth = plans.sections(plan).get(4);
		List<BoardFilter> filters = new java.util.ArrayList<>();
		for (TaskColour colour : new TaskColour[] { null, TaskColour.RED, TaskColour.GREEN }) {
			for (BoardLevel level : new BoardLevel[] { null, BoardLevel.PREFECTURE, BoardLevel.COUNTY }) {
				filters.add(filter(null, null, colour, level, null, 0));
				filters.add(filter(null, null, colour, level, "5323", 0));
				filters.add(filter(fifth, null, colour, level, null, 0));
				filters.add(filter(null, chuxiongOffice, colour, level, null, 0));
			}
			filters.add(filter(null, null, colour, null, null, 2));
			filters.add(filter("没有这一节", null, colour, null, null, 0));
		}
		for (CurrentUser user : List.of(province, demo.signedIn("chuxiong"))) {
			for (BoardFilter filter : filters) {
				BoardPage shown = board.show(filter, user);
				assertThat(shown.tasks()).extracting(TaskView::id).as(filter + " for " + user.regionCode())
					.containsExactlyElementsOf(fromTheDatabase(filter, user, shown.page()));
				assertThat(shown.total()).isEqualTo(fromTheDatabase(filter.withPage(0), user, -1).size());
			}
		}
		assertThat(board.leadUnits(plan, "5323", province)).extracting(u -> u.id().value())
			.containsExactlyInAnyOrderElementsOf(jdbc.sql("""
					select distinct u.unit_id from supervision.task_unit u join supervision.task t on t.id = u.task_id
					where u.role = 'LEAD' and t.plan_id = :p and t.region_code like '5323%'""").param("p", plan)
				.query(Long.class).list());
	}

	/** The old SQL of a plan's view: the ids of its page (or, with page -1, of every colour and page). */
	private List<Long> fromTheDatabase(BoardFilter filter, CurrentUser user, int page) {
		var params = Tasks.scope(user, new java.util.HashMap<>());
		params.put("today", clock.today());
		params.put("warn", tasks.warningDays());
		params.put("plan", filter.planId());
		String where = Tasks.VISIBLE + " and t.plan_id = :plan";
		if (filter.section() != null) {
			where += " and t.item_id in (select i.id from plans.work_item i join plans.section s on s.id = i.section_id"
					+ " where s.title = :section and s.plan_id = :plan)";
			params.put("section", filter.section());
		}
		if (filter.unitId() != null) {
			where += " and exists (select 1 from supervision.task_unit f where f.task_id = t.id and f.unit_id = :u)";
			params.put("u", filter.unitId());
		}
		if (filter.level() != null) {
			where += " and length(t.region_code) between " + (filter.level() == BoardLevel.PROVINCE ? "2 and 2"
					: filter.level() == BoardLevel.PREFECTURE ? "4 and 4" : "6 and 12");
		}
		if (filter.prefecture() != null) {
			where += " and t.region_code like :pre";
			params.put("pre", filter.prefecture() + "%");
		}
		if (filter.colour() != null && page >= 0) {
			where += " and " + cn.shuangyong.supervision.board.ColourColumn.SQL + " = :colour";
			params.put("colour", filter.colour().name());
		}
		// the order of every task list: red, yellow, the other open tasks, each by deadline; signed off last
		return jdbc.sql("select t.id from supervision.task t where " + where
				+ " order by case when t.state = 'SIGNED_OFF' then 3 else case "
				+ cn.shuangyong.supervision.board.ColourColumn.SQL
				+ " when 'RED' then 0 when 'YELLOW' then 1 else 2 end end, t.deadline, t.item_id, t.id"
				+ (page >= 0 ? " limit 25 offset " + page * 25 : ""))
			.params(params).query(Long.class).list();
	}

	@Test
	void filtersByColourAndPagesTheRest() {
		BoardPage red = board.show(filter(null, null, TaskColour.RED, null, null, 0), province);
		assertThat(red.tasks()).isNotEmpty().allMatch(t -> t.colour() == TaskColour.RED);
		assertThat(red.matching()).isEqualTo(red.count(TaskColour.RED));
		BoardPage first = board.show(filter(null, null, TaskColour.GREEN, null, null, 0), province);
		BoardPage second = board.show(filter(null, null, TaskColour.GREEN, null, null, 1), province);
		assertThat(first.tasks()).hasSize(BoardFilter.PAGE_SIZE);
		assertThat(second.tasks()).isNotEmpty().doesNotContainAnyElementsOf(first.tasks());
		assertThat(board.show(filter(null, null, TaskColour.GREEN, null, null, 999), province).page())
			.as("a page past the end shows the last").isEqualTo(first.totalPages() - 1);
	}

	@Test
	void filtersBySectionUnitLevelAndPrefecture() {
		String fifth = plans.sections(plan).get(4);
		List<Long> fifthItems = plans.items(plan).stream().filter(i -> fifth.equals(i.section())).map(PlanItem::id).toList();
		BoardPage section = board.show(new BoardFilter(plan, fifth, null, null, null, null, 0), province);
		assertThat(section.tasks()).isNotEmpty().allMatch(t -> fifthItems.contains(t.itemId()));

		long chuxiongOffice = demo.unitId(Demo.CHUXIONG_OFFICE);
		BoardPage unit = board.show(new BoardFilter(plan, null, chuxiongOffice, null, null, null, 0), province);
		assertThat(unit.tasks()).isNotEmpty()
			.allMatch(t -> t.ledBy(chuxiongOffice) || t.cooperatedBy(chuxiongOffice));

		BoardPage county = board.show(filter(null, null, null, BoardLevel.COUNTY, null, 0), province);
		assertThat(county.total()).isEqualTo(129);
		assertThat(county.tasks()).allMatch(t -> t.regionCode().length() >= 6);
		assertThat(board.show(filter(null, null, null, BoardLevel.PREFECTURE, null, 0), province).tasks())
			.isNotEmpty().allMatch(t -> t.regionCode().length() == 4);

		BoardPage chuxiong = board.show(filter(null, null, null, null, "5323", 0), province);
		assertThat(chuxiong.tasks()).isNotEmpty().allMatch(t -> t.regionCode().startsWith("5323"));
	}

	@Test
	void showsAPrefectureOfficeOnlyWhatItMaySee() {
		CurrentUser chuxiong = demo.signedIn("chuxiong");
		long office = demo.unitId(Demo.CHUXIONG_OFFICE);
		BoardPage seen = board.show(new BoardFilter(null, null, null, null, null, null, 0), chuxiong);
		long inScope = jdbc.sql("""
				select count(*) from supervision.task t where t.region_code like '5323%' or t.issuer_region like '5323%'
				  or exists (select 1 from supervision.task_unit u where u.task_id = t.id and u.unit_id = :u)""")
			.param("u", office).query(Long.class).single();
		assertThat(seen.total()).isEqualTo(inScope).isLessThan(tasks.ofPlan(plan).size());
		assertThat(board.show(filter(null, null, null, null, "5301", 0), chuxiong).total())
			.as("昆明's tasks are outside 楚雄's scope").isZero();
		assertThat(board.leadUnits(null, null, chuxiong)).allMatch(u -> u.regionCode().value().startsWith("5323")
				|| u.id().value() == office || tasksLedBy(u.id().value(), office));
	}

	@Test
	void refusesAPlanOutsideTheScopeAndABadPrefecture() {
		long chuxiongPlan = jdbc.sql("select id from plans.work_plan where doc_number = '楚拥办通〔2020〕1号'")
			.query(Long.class).single();
		assertThatThrownBy(() -> board.show(new BoardFilter(chuxiongPlan, null, null, null, null, null, 0),
				new cn.shuangyong.shared.SystemActor("t", demo.unitId(Demo.KUNMING_OFFICE), "5301", Set.of(Permission.WORK_READ))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> filter(null, null, null, null, "53x", 0)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("53x");
	}

	@Test
	void servesThePageAndItsHtmxFragment() throws Exception {
		mvc.perform(get("/supervision/board").param("colour", "RED").with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"board-table\"")))
			.andExpect(content().string(containsString("<html")));
		mvc.perform(get("/supervision/board").param("colour", "RED").header("HX-Request", "true").with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"board-table\"")))
			.andExpect(content().string(not(containsString("<html"))));
		long chuxiongPlan = jdbc.sql("select id from plans.work_plan where doc_number = '楚拥办通〔2020〕1号'")
			.query(Long.class).single();
		mvc.perform(get("/supervision/board").param("plan", Long.toString(chuxiongPlan))
			.param("section", plans.sections(plan).get(0)).header("HX-Request", "true").with(demo.as("yunnan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("符合条件的任务 " + tasks.ofPlan(chuxiongPlan).size() + " 项")))
			// the picker groups the plans by level, the chosen one selected
			.andExpect(content().string(containsString("<optgroup label=\"省级要点\">")))
			.andExpect(content().string(containsString("<optgroup label=\"州（市）级要点\">")))
			.andExpect(content().string(containsString("<option value=\"" + chuxiongPlan + "\" selected=\"selected\">")));
		mvc.perform(get("/supervision/board").param("prefecture", "云南").with(demo.as("yunnan")))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("州（市）代码应为 4 位数字：云南")));
	}

	private boolean tasksLedBy(long unit, long office) {
		return jdbc.sql("""
				select count(*) from supervision.task_unit l join supervision.task_unit o on o.task_id = l.task_id
				where l.unit_id = :l and l.role = 'LEAD' and o.unit_id = :o""").param("l", unit).param("o", office)
			.query(Long.class).single() > 0;
	}

	private BoardFilter filter(String section, Long unit, TaskColour colour, BoardLevel level, String prefecture,
			int page) {
		return new BoardFilter(plan, section, unit, colour, level, prefecture, page);
	}
}
