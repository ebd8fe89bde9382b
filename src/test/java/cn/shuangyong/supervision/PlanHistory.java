package cn.shuangyong.supervision;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import cn.shuangyong.supervision.reporting.TaskReplay;

import static org.awaitility.Awaitility.await;

/**
 * Gives the tasks of a plan a history of our own making, whatever the demo data holds: every task reset to assigned
 * with no timeline and a year-end deadline, then chosen tasks given dated changes ("SUBMIT@2020-08-20"), with their
 * current state, sign-off date and last report set to match.
 */
final class PlanHistory {

	static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);

	private final JdbcClient jdbc;

	private final long planId;

	private PlanHistory(JdbcClient jdbc, long planId) {
		this.jdbc = jdbc;
		this.planId = planId;
	}

	/** The plan with this document number, once its tasks are open, with every task reset. */
	static PlanHistory reset(JdbcClient jdbc, String docNumber) {
		String count = """
				select count(*) from supervision.task t join plans.work_plan p on p.id = t.plan_id
				where p.doc_number = :n""";
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql(count).param("n", docNumber).query(Long.class).single() > 0);
		long planId = jdbc.sql("select id from plans.work_plan where doc_number = :n").param("n", docNumber)
			.query(Long.class).single();
		jdbc.sql("delete from supervision.task_event where task_id in (select id from supervision.task where plan_id = :p)")
			.param("p", planId).update();
		jdbc.sql("""
				update supervision.task set state = 'ASSIGNED', deadline = :d, signed_off_on = null, last_report_at = null,
				  submitted_at = null, submitted_on = null, signed_for_at = null, version = version + 1 where plan_id = :p""")
			.param("d", YEAR_END).param("p", planId).update();
		return new PlanHistory(jdbc, planId);
	}

	long planId() {
		return planId;
	}

	List<Long> tasks() {
		return jdbc.sql("select id from supervision.task where plan_id = :p order by id").param("p", planId)
			.query(Long.class).list();
	}

	/** Gives a task a deadline and these changes, each "KIND@YYYY-MM-DD", in order. */
	void history(long taskId, LocalDate deadline, String... changes) {
		List<TaskReplay.Change> made = new ArrayList<>();
		for (String change : changes) {
			String[] parts = change.split("@");
			LocalDate on = LocalDate.parse(parts[1]);
			made.add(new TaskReplay.Change(parts[0], on));
			jdbc.sql("""
					insert into supervision.task_event (task_id, kind, actor, detail, at, on_date)
					values (:t, :k, 'test', null, :at, :on)""")
				.param("t", taskId).param("k", parts[0]).param("at", Timestamp.valueOf(on.atTime(10, 0)))
				.param("on", on).update();
		}
		TaskReplay.Outcome now = TaskReplay.asOf(deadline, made, LocalDate.of(2099, 1, 1), 7);
		LocalDate signedOff = now.state() == TaskState.SIGNED_OFF
				? made.stream().filter(c -> c.kind().equals("SIGN_OFF")).reduce((a, b) -> b).orElseThrow().on() : null;
		LocalDate lastReport = made.stream().filter(c -> c.kind().equals("REPORT")).map(TaskReplay.Change::on)
			.reduce((a, b) -> b).orElse(null);
		LocalDate submitted = made.stream().filter(c -> c.kind().equals("SUBMIT")).map(TaskReplay.Change::on)
			.reduce((a, b) -> b).orElse(null);
		jdbc.sql("""
				update supervision.task set state = :s, deadline = :d, signed_off_on = :off, last_report_at = :r,
				  submitted_on = :sub, version = version + 1 where id = :t""")
			.param("s", now.state().name()).param("d", deadline).param("off", signedOff).param("sub", submitted)
			.param("r", lastReport == null ? null : Timestamp.valueOf(lastReport.atTime(10, 0))).param("t", taskId)
			.update();
	}

	/**
	 * The bulletin scenario on the first four tasks, the rest due at the year's end and untouched:
	 * <ol>
	 * <li>due 08-31, submitted 08-20, signed off 08-25: done on time;</li>
	 * <li>due 08-31, submitted 09-05, signed off 09-06: done late;</li>
	 * <li>due 09-10, submitted 09-20, signed off 09-25: overdue on 09-15 (5 days), done late by 09-30;</li>
	 * <li>due 09-30, submitted 09-18, signed off 09-20: in progress on 09-15, done on time by 09-30.</li>
	 * </ol>
	 */
	List<Long> bulletinScenario() {
		List<Long> tasks = tasks();
		history(tasks.get(0), LocalDate.of(2020, 8, 31), "SIGN_FOR@2020-08-01", "REPORT@2020-08-10",
				"SUBMIT@2020-08-20", "SIGN_OFF@2020-08-25");
		history(tasks.get(1), LocalDate.of(2020, 8, 31), "SIGN_FOR@2020-08-01", "REPORT@2020-08-05",
				"SUBMIT@2020-09-05", "SIGN_OFF@2020-09-06");
		history(tasks.get(2), LocalDate.of(2020, 9, 10), "SIGN_FOR@2020-09-01", "REPORT@2020-09-19",
				"SUBMIT@2020-09-20", "SIGN_OFF@2020-09-25");
		history(tasks.get(3), LocalDate.of(2020, 9, 30), "SIGN_FOR@2020-09-01", "REPORT@2020-09-17",
				"SUBMIT@2020-09-18", "SIGN_OFF@2020-09-20");
		return tasks;
	}
}
