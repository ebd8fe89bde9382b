package cn.shuangyong.supervision.urging;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run of supervision: every open task is held against the business date and gets the step it is due for
 * (see {@link EscalationLadder}), once. Signed-off tasks are left alone, and so are tasks submitted for sign-off,
 * where the next move is the office's. Each task is done in its own transaction, and a step is claimed in
 * {@code escalation_step} before anything is issued, so a run that is repeated, or overlaps another node's,
 * issues nothing twice.
 */
@Service
public class Escalation {

	static final String LOCK = "escalation";

	private final JdbcClient jdbc;

	private final Tasks tasks;

	private final EscalationLadder ladder;

	private final NoticeIssuing issuing;

	private final JobLock lock;

	private final TransactionTemplate transactions;

	private final WorkingDayCalendar calendar;

	private final EscalationSettings settings;

	Escalation(JdbcClient jdbc, Tasks tasks, EscalationLadder ladder, NoticeIssuing issuing, JobLock lock,
			TransactionTemplate transactions, WorkingDayCalendar calendar, EscalationSettings settings) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.ladder = ladder;
		this.issuing = issuing;
		this.lock = lock;
		this.transactions = transactions;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** Runs over all open tasks unless another node is running; returns the steps taken. */
	public int evaluate(LocalDate today) {
		if (!lock.tryAcquire(LOCK, Duration.ofMinutes(30))) {
			return 0;
		}
		try {
			LocalDate horizon = calendar.addWorkingDays(today, settings.remindDaysBefore());
			return evaluate(today, jdbc.sql("""
					select id from supervision.task where state not in ('SIGNED_OFF', 'SUBMITTED') and deadline <= :h
					order by id""").param("h", horizon).query(Long.class).list());
		}
		finally {
			lock.release(LOCK);
		}
	}

	/** The same rules over the given tasks only. */
	int evaluate(LocalDate today, List<Long> taskIds) {
		int taken = 0;
		for (long id : taskIds) {
			Boolean done = transactions.execute(status -> step(id, today));
			taken += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return taken;
	}

	private boolean step(long taskId, LocalDate today) {
		Optional<TaskView> found = tasks.byId(taskId);
		if (found.isEmpty() || found.get().state() == TaskState.SIGNED_OFF || found.get().state() == TaskState.SUBMITTED) {
			return false;
		}
		TaskView task = found.get();
		Optional<EscalationStep> due = ladder.due(task.deadline(), today, taken(taskId));
		if (due.isEmpty() || !claim(taskId, due.get(), today)) {
			return false;
		}
		if (due.get().notice().isEmpty()) {
			issuing.remind(task, today);
			return true;
		}
		long notice = issuing.issue(task, due.get().notice().get(), today, NoticeIssuing.SYSTEM, false);
		jdbc.sql("update supervision.escalation_step set notice_id = :n where task_id = :t and step = :s")
			.param("n", notice).param("t", taskId).param("s", due.get().name()).update();
		return true;
	}

	/** Claims the step for the task; false when it was taken already, here or on another node. */
	boolean claim(long taskId, EscalationStep step, LocalDate today) {
		return jdbc.sql("""
				insert into supervision.escalation_step (task_id, step, taken_on) values (:t, :s, :d)
				on conflict do nothing""")
			.param("t", taskId).param("s", step.name()).param("d", today).update() == 1;
	}

	private Map<EscalationStep, LocalDate> taken(long taskId) {
		Map<EscalationStep, LocalDate> taken = new EnumMap<>(EscalationStep.class);
		jdbc.sql("select step, taken_on from supervision.escalation_step where task_id = :t").param("t", taskId)
			.query(rs -> {
				taken.put(EscalationStep.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class));
			});
		return taken;
	}
}
