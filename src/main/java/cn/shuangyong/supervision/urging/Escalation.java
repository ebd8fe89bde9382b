package cn.shuangyong.supervision.urging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run of supervision: every open task is held against the business date and gets the step it is due for
 * (see {@link EscalationLadder}), once. Signed-off tasks are left alone, and so are tasks submitted for sign-off,
 * where the next move is the office's. A run first replays the working days no run has swept (all of them since the
 * deadlines on the first start over an old plan, see {@link LadderReplay}), so every task holds the notices a daily
 * run would have given it, each dated on its own day. Each step is taken in its own transaction, and claimed in
 * {@code escalation_step} before anything is issued, so a run that is repeated, or overlaps another node's, issues
 * nothing twice.
 */
@Service
public class Escalation {

	static final String LOCK = "escalation";

	/** When a replayed day's notices are dated: the time of the daily run. */
	static final LocalTime RUN_TIME = LocalTime.of(7, 0);

	private final JdbcClient jdbc;

	private final Tasks tasks;

	private final EscalationLadder ladder;

	private final NoticeIssuing issuing;

	private final JobLock lock;

	private final TransactionTemplate transactions;

	private final WorkingDayCalendar calendar;

	private final EscalationSettings settings;

	private final BusinessClock clock;

	Escalation(JdbcClient jdbc, Tasks tasks, EscalationLadder ladder, NoticeIssuing issuing, JobLock lock,
			TransactionTemplate transactions, WorkingDayCalendar calendar, EscalationSettings settings,
			BusinessClock clock) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.ladder = ladder;
		this.issuing = issuing;
		this.lock = lock;
		this.transactions = transactions;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Runs over all open tasks, and the tasks closed since the last run, unless another node is running; replays the
	 * days since the last run; returns the steps taken.
	 */
	public int evaluate(LocalDate today) {
		if (!lock.tryAcquire(LOCK, Duration.ofMinutes(30))) {
			return 0;
		}
		try {
			LocalDate since = jdbc.sql("select swept_through from supervision.job_lock where name = :n")
				.param("n", LOCK).query(LocalDate.class).optional().map(d -> d.plusDays(1)).orElse(null);
			LocalDate horizon = calendar.addWorkingDays(today, settings.remindDaysBefore());
			List<Long> ids = jdbc.sql("""
					select t.id from supervision.task t where t.deadline <= :h and (t.state not in ('SIGNED_OFF', 'SUBMITTED')
					  or exists (select 1 from supervision.task_event e where e.task_id = t.id
					    and e.kind in ('SUBMIT', 'SIGN_OFF') and e.on_date > t.deadline and e.on_date >= :since))
					order by t.id""")
				.param("h", horizon).param("since", since == null ? LocalDate.of(1900, 1, 1) : since)
				.query(Long.class).list();
			int taken = evaluate(today, ids, since);
			jdbc.sql("update supervision.job_lock set swept_through = greatest(coalesce(swept_through, :d), :d) where name = :n")
				.param("d", today).param("n", LOCK).update();
			return taken;
		}
		finally {
			lock.release(LOCK);
		}
	}

	/** The same rules over the given tasks only, each replayed from its deadline. */
	int evaluate(LocalDate today, List<Long> taskIds) {
		return evaluate(today, taskIds, null);
	}

	private int evaluate(LocalDate today, List<Long> taskIds, LocalDate since) {
		int taken = 0;
		for (LadderReplay.DueStep due : new LadderReplay(ladder, calendar).due(candidates(taskIds), since, today)) {
			Boolean done = transactions.execute(status -> take(due, today));
			taken += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return taken;
	}

	private boolean take(LadderReplay.DueStep due, LocalDate today) {
		Optional<TaskView> found = tasks.byId(due.taskId());
		if (found.isEmpty() || due.day().equals(today) && closed(found.get())
				|| !claim(due.taskId(), due.step(), due.day())) {
			return false;
		}
		TaskView task = found.get();
		if (due.step().notice().isEmpty()) {
			issuing.remind(task, today);
			return true;
		}
		Instant at = due.day().equals(today) ? clock.now() : due.day().atTime(RUN_TIME).atZone(BusinessClock.CHINA).toInstant();
		long notice = issuing.issue(task, due.step().notice().get(), due.day(), NoticeIssuing.SYSTEM, false, at);
		jdbc.sql("update supervision.escalation_step set notice_id = :n where task_id = :t and step = :s")
			.param("n", notice).param("t", task.id()).param("s", due.step().name()).update();
		return true;
	}

	private static boolean closed(TaskView task) {
		return task.state() == TaskState.SIGNED_OFF || task.state() == TaskState.SUBMITTED;
	}

	/** Claims the step for the task; false when it was taken already, here or on another node. */
	boolean claim(long taskId, EscalationStep step, LocalDate day) {
		return jdbc.sql("""
				insert into supervision.escalation_step (task_id, step, taken_on) values (:t, :s, :d)
				on conflict do nothing""")
			.param("t", taskId).param("s", step.name()).param("d", day).update() == 1;
	}

	/** The tasks with their deadline, state, closing and reopening steps and the steps taken, in three queries. */
	private List<LadderReplay.Candidate> candidates(List<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<OpenDays.Turn>> turns = new HashMap<>();
		jdbc.sql("""
				select task_id, kind, on_date from supervision.task_event
				where task_id in (:ids) and kind in ('SUBMIT', 'SIGN_OFF', 'RETURN', 'REOPEN') order by task_id, at, id""")
			.param("ids", taskIds)
			.query(rs -> {
				turns.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new OpenDays.Turn(rs.getObject(3, LocalDate.class), OpenDays.opens(rs.getString(2))));
			});
		Map<Long, Map<EscalationStep, LocalDate>> taken = new HashMap<>();
		jdbc.sql("select task_id, step, taken_on from supervision.escalation_step where task_id in (:ids)")
			.param("ids", taskIds)
			.query(rs -> {
				taken.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(EscalationStep.class))
					.put(EscalationStep.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
			});
		return jdbc.sql("select id, deadline, state from supervision.task where id in (:ids) order by id")
			.param("ids", taskIds)
			.query((rs, i) -> {
				long id = rs.getLong(1);
				boolean open = !List.of("SIGNED_OFF", "SUBMITTED").contains(rs.getString(3));
				return new LadderReplay.Candidate(id, rs.getObject(2, LocalDate.class), open,
						new OpenDays(turns.getOrDefault(id, List.of())), taken.getOrDefault(id, Map.of()));
			})
			.list();
	}
}
