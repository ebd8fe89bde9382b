package cn.shuangyong.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a task's past life: the same columns and timeline events {@link TaskWork} writes, at given past times, under
 * the same transition rules. The demo history uses it to show a year the units have worked through; it refuses a step
 * the life of a task does not allow, or one dated before the step before it.
 */
@Component
class TaskChronicle {

	private final JdbcClient jdbc;

	TaskChronicle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who did a step: a unit, and the name shown on the timeline. */
	record Actor(long unitId, String name) {
	}

	/** A task being written, from its opening on. */
	final class Entry {

		private final long taskId;

		private TaskState state = TaskState.ASSIGNED;

		private ZonedDateTime last;

		private Entry(long taskId, ZonedDateTime openedAt) {
			this.taskId = taskId;
			this.last = openedAt;
			jdbc.sql("update supervision.task set created_at = :at where id = :id")
				.param("at", Timestamp.from(openedAt.toInstant())).param("id", taskId).update();
		}

		TaskState state() {
			return state;
		}

		Entry step(TaskAction action, Actor by, ZonedDateTime at, String text) {
			if (!TaskState.allowedBefore(action).contains(state) || at.isBefore(last)) {
				throw new IllegalStateException("任务 " + taskId + " 不能在 " + at + " 由“" + state + "”" + action.label());
			}
			TaskState next = TaskState.after(action, state);
			Timestamp when = Timestamp.from(at.toInstant());
			jdbc.sql("""
					update supervision.task set state = :next, version = version + 1,
					  signed_for_at = case when :action = 'SIGN_FOR' then :at else signed_for_at end,
					  last_report_at = case when :action = 'REPORT' then :at else last_report_at end,
					  submitted_at = case when :action = 'SUBMIT' then :at else submitted_at end,
					  signed_off_on = case when :action = 'SIGN_OFF' then :day when :action = 'REOPEN' then null
					                       else signed_off_on end
					where id = :id""")
				.param("next", next.name()).param("action", action.name()).param("at", when)
				.param("day", at.toLocalDate()).param("id", taskId).update();
			if (action == TaskAction.REPORT) {
				jdbc.sql("""
						insert into supervision.progress_report (task_id, unit_id, author, text, created_at)
						values (:t, :u, :a, :text, :at)""")
					.param("t", taskId).param("u", by.unitId()).param("a", by.name()).param("text", text)
					.param("at", when).update();
			}
			event(action.name(), by, action == TaskAction.REPORT ? null : text, when);
			state = next;
			last = at;
			return this;
		}

		/** The issuing office moves the deadline, with its reason, as {@link TaskWork#changeDeadline} does. */
		Entry moveDeadline(LocalDate deadline, String reason, Actor by, ZonedDateTime at) {
			LocalDate before = jdbc.sql("select deadline from supervision.task where id = :id").param("id", taskId)
				.query(LocalDate.class).single();
			jdbc.sql("update supervision.task set deadline = :d, deadline_reason = :r, version = version + 1 where id = :id")
				.param("d", deadline).param("r", reason).param("id", taskId).update();
			event("DEADLINE", by, "截止日期由 " + before + " 调整为 " + deadline + "：" + reason,
					Timestamp.from(at.toInstant()));
			last = at;
			return this;
		}

		private void event(String kind, Actor by, String detail, Timestamp at) {
			jdbc.sql("""
					insert into supervision.task_event (task_id, kind, actor, unit_id, detail, at)
					values (:t, :k, :a, :u, :d, :at)""")
				.param("t", taskId).param("k", kind).param("a", by.name()).param("u", by.unitId()).param("d", detail)
				.param("at", at).update();
		}
	}

	Entry open(long taskId, ZonedDateTime openedAt) {
		return new Entry(taskId, openedAt);
	}
}
