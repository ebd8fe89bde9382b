package cn.shuangyong.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.demo.DemoHistory;
import cn.shuangyong.supervision.tasklife.TaskChronicle;
import cn.shuangyong.supervision.tasklife.TasksOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo plans' history up to the business date: believable (on time, late, open, overdue, returned; reports from
 * lead and cooperating units) and consistent (a sign-off always follows a submit, the task's columns agree with its
 * timeline), written once, and leaving alone the items other tests work through.
 */
@PlatformTest
// a context of its own: other tests in the shared demo context work the same tasks, and the escalation job would add
// its notices to the timelines
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.supervision.escalation.initial-delay=PT25H")
class DemoHistoryTests {

	private static final String PROVINCIAL = "plan_id = (select id from plans.work_plan where doc_number = '云拥办〔2020〕1号')";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tasks tasks;

	@Autowired
	BusinessClock clock;

	@BeforeEach
	void historyWritten() {
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("select count(*) from supervision.demo_history").query(Long.class).single() == 2);
	}

	@Test
	void leavesItemsOneTwoAndTwentySixAsOpenedAndItemTwentySixRedAndUnreported() {
		for (String no : new String[] { "1", "2", "26" }) {
			long task = DemoTasks.ofItem(jdbc, no);
			assertThat(count("select count(*) from supervision.task_event where task_id = :t and at < '2021-01-01'", task))
				.as("item %s has no demo history", no).isZero();
		}
		long red = DemoTasks.ofItem(jdbc, "26");
		assertThat(tasks.byId(red).orElseThrow().colour()).isEqualTo(TaskColour.RED);
		assertThat(count("select count(*) from supervision.progress_report where task_id = :t", red)).isZero();
	}

	@Test
	void showsOnTimeAndLateSignOffsOpenWorkOverdueWorkAndAReturn() {
		assertThat(count("select count(*) from supervision.task where " + PROVINCIAL
				+ " and state = 'SIGNED_OFF' and signed_off_on <= deadline")).isGreaterThan(10);
		assertThat(count("select count(*) from supervision.task where " + PROVINCIAL
				+ " and state = 'SIGNED_OFF' and signed_off_on > deadline")).isGreaterThan(3);
		assertThat(count("select count(*) from supervision.task where " + PROVINCIAL + " and state = 'IN_PROGRESS'"))
			.isGreaterThan(20);
		assertThat(count("select count(*) from supervision.task t where " + PROVINCIAL.replace("plan_id", "t.plan_id")
				+ " and state = 'RETURNED' and exists (select 1 from supervision.task_event e where e.task_id = t.id"
				+ " and e.kind = 'RETURN' and e.at < '2021-01-01')")).as("item 29, returned in August").isEqualTo(1);
		long overdue = tasks.search(new Tasks.TaskFilter(null, null, TaskColour.RED),
				new cn.shuangyong.shared.SystemActor("test", 1, "53", java.util.Set.of(Permission.WORK_READ))).size();
		assertThat(overdue).as("item 26, the returned item 29 and unfinished county tasks of item 18").isGreaterThan(5);
		assertThat(count("""
				select count(*) from supervision.progress_report r join supervision.task_unit u
				  on u.task_id = r.task_id and u.unit_id = r.unit_id and u.role = 'COOPERATING'"""))
			.as("cooperating units report too").isPositive();
		assertThat(count("select count(*) from supervision.task where plan_id = "
				+ "(select id from plans.work_plan where doc_number = '楚拥办通〔2020〕1号') and state <> 'ASSIGNED'"))
			.as("楚雄's points have a history too").isEqualTo(6);
	}

	@Test
	void everySignOffFollowsASubmitAndTheTaskAgreesWithItsTimeline() {
		assertThat(count("""
				select count(*) from supervision.task_event o where o.kind = 'SIGN_OFF' and not exists (
				  select 1 from supervision.task_event s where s.task_id = o.task_id and s.kind = 'SUBMIT'
				  and s.id < o.id and s.at <= o.at)""")).isZero();
		assertThat(count("""
				select count(*) from supervision.task t where t.state = 'SIGNED_OFF' and t.signed_off_on < '2021-01-01'
				  and t.signed_off_on <>
				  (select cast(max(e.at) at time zone 'Asia/Shanghai' as date) from supervision.task_event e
				   where e.task_id = t.id and e.kind = 'SIGN_OFF' and e.at < '2021-01-01')""")).isZero();
		assertThat(count("""
				select count(*) from supervision.task t where t.last_report_at is distinct from
				  (select max(r.created_at) from supervision.progress_report r where r.task_id = t.id)""")).isZero();
		assertThat(count("""
				select count(*) from supervision.task_event e where exists (select 1 from supervision.task_event l
				  where l.task_id = e.task_id and l.id > e.id and l.at < e.at)""")).as("timelines in time order").isZero();
		LocalDate businessDate = clock.today();
		assertThat(count("select count(*) from supervision.task_event where at < '2021-01-01' and at >= :after",
				businessDate.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime()))
			.as("nothing after the business date").isZero();
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void isWrittenOnce() {
		String pastEvents = "select count(*) from supervision.task_event where at < '2021-01-01'";
		long before = count(pastEvents);
		long plan = jdbc.sql("select id from plans.work_plan where doc_number = '云拥办〔2020〕1号'").query(Long.class).single();
		var beans = context.getAutowireCapableBeanFactory();
		// a second start (or a second event) meets the claimed plan and writes nothing
		new DemoHistory(new cn.shuangyong.shared.DemoMode(true), true, jdbc, beans.getBean(cn.shuangyong.plans.WorkPlans.class),
				tasks, beans.getBean(cn.shuangyong.directory.Directory.class), beans.getBean(TaskChronicle.class), clock,
				beans.getBean(cn.shuangyong.calendar.WorkingDayCalendar.class),
				beans.getBean(cn.shuangyong.audit.AuditTrail.class))
			.on(new TasksOpened(plan));
		assertThat(count(pastEvents)).isEqualTo(before);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(sql.contains(":after") ? "after" : "t", param).query(Long.class).single();
	}
}
