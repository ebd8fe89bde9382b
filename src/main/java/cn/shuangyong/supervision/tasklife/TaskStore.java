package cn.shuangyong.supervision.tasklife;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place a task's row and its timeline are written: opening, each step {@link Task} allows, deadline moves and
 * the timeline's notes. A write names the version it was taken on and is refused if the row moved since; a step that
 * changes whether the work is done is published, in the same transaction, for the module that opened the task.
 */
@Component
public class TaskStore {

	private final JdbcClient jdbc;

	private final TaskUnits units;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final BusinessClock clock;

	TaskStore(JdbcClient jdbc, TaskUnits units, AuditTrail audit, ApplicationEventPublisher publisher,
			BusinessClock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.publisher = publisher;
	}

	/** Who did a step: a unit and the name on the timeline; a signed-in user's steps are audited too. */
	public record Actor(long unitId, String name, CurrentUser user) {

		public static Actor of(CurrentUser user) {
			return new Actor(user.unitId(), user.getUsername(), user);
		}

		/** A unit acting without a signed-in user: the demo history, or the system on the office's behalf. */
		public static Actor named(long unitId, String name) {
			return new Actor(unitId, name, null);
		}
	}

	/** When a step happened: the instant recorded and the business date it counts on. */
	public record When(Instant at, LocalDate on) {
	}

	/** Now, on the business clock. */
	public When now() {
		return new When(clock.now(), clock.today());
	}

	/** A task to open; plan and item are null for a task that does not come from a plan item. */
	public record NewTask(Long planId, Long itemId, String itemNo, String sourceKind, long sourceId, String title,
			String regionCode, long issuerUnitId, String issuerRegion, LocalDate deadline, Instant openedAt,
			List<Unit> leads, List<Unit> cooperators) {
	}

	public long open(NewTask task) {
		long taskId = jdbc.sql("""
				insert into supervision.task (plan_id, item_id, item_no, source_kind, source_id, title, region_code,
				  issuer_unit_id, issuer_region, deadline, created_at, lead_unit_id)
				values (:plan, :item, :no, :kind, :source, :title, :region, :issuer, :issuerRegion, :deadline, :at, :lead)
				returning id""")
			.param("plan", task.planId()).param("item", task.itemId()).param("no", task.itemNo())
			.param("kind", task.sourceKind()).param("source", task.sourceId()).param("title", task.title())
			.param("region", task.regionCode()).param("issuer", task.issuerUnitId())
			.param("issuerRegion", task.issuerRegion()).param("deadline", task.deadline())
			.param("at", Timestamp.from(task.openedAt())).param("lead", task.leads().get(0).id().value())
			.query(Long.class).single();
		units.attach(taskId, task.leads(), task.cooperators());
		return taskId;
	}

	/** A task written into the past opened at that time (the demo history). */
	void openedAt(long taskId, Instant at) {
		jdbc.sql("update supervision.task set created_at = :at where id = :id").param("at", Timestamp.from(at))
			.param("id", taskId).update();
	}

	/** Writes a step; {@code text} is the reason of a return or reopen. Answers the task as it now stands. */
	public Task write(Task.Step step, Actor by, When when, String text) {
		Task before = step.before();
		int updated = jdbc.sql("""
				update supervision.task set state = :next, version = version + 1,
				  signed_for_at = case when :action = 'SIGN_FOR' then :at else signed_for_at end,
				  last_report_at = case when :action = 'REPORT' then :at else last_report_at end,
				  submitted_at = case when :action = 'SUBMIT' then :at else submitted_at end,
				  submitted_on = case when :action = 'SUBMIT' then :on else submitted_on end,
				  signed_off_on = case when :action = 'SIGN_OFF' then :on when :action = 'REOPEN' then null
				                       else signed_off_on end
				where id = :id and version = :v""")
			.param("next", step.next().name()).param("action", step.action().name())
			.param("at", Timestamp.from(when.at())).param("on", when.on()).param("id", before.id())
			.param("v", before.version()).update();
		refuseIfMoved(updated);
		note(before.id(), step.action().name(), step.action() == TaskAction.REPORT ? null : text, by, when);
		Object event = step.event(when.on(), text);
		if (event != null) {
			publisher.publishEvent(event);
		}
		return step.after();
	}

	/**
	 * Writes a deadline move: the new date with the reason kept beside it, and the timeline entry of {@code kind}
	 * saying what moved.
	 */
	public Task write(Task.DeadlineMove move, String keptReason, String kind, String detail, Actor by, When when) {
		int updated = jdbc.sql("""
				update supervision.task set deadline = :d, deadline_reason = :r, version = version + 1
				where id = :id and version = :v""")
			.param("d", move.to()).param("r", keptReason).param("id", move.before().id())
			.param("v", move.before().version()).update();
		refuseIfMoved(updated);
		note(move.before().id(), kind, detail, by, when);
		return move.after();
	}

	/** A progress report's text; answers its id, to which figures and files are attached. */
	public long report(long taskId, Actor by, String text, Instant at) {
		return jdbc.sql("""
				insert into supervision.progress_report (task_id, unit_id, author, text, created_at)
				values (:t, :u, :a, :text, :at) returning id""")
			.param("t", taskId).param("u", by.unitId()).param("a", by.name()).param("text", text)
			.param("at", Timestamp.from(at)).query(Long.class).single();
	}

	/** An entry on the timeline, now, that changes neither state nor deadline. */
	public void note(long taskId, String kind, String detail, Actor by) {
		note(taskId, kind, detail, by, now());
	}

	/** An entry on the timeline that changes neither state nor deadline (an extension asked for, an urging notice). */
	public void note(long taskId, String kind, String detail, Actor by, When when) {
		jdbc.sql("""
				insert into supervision.task_event (task_id, kind, actor, unit_id, detail, at, on_date)
				values (:t, :k, :a, :u, :d, :at, :onDate)""")
			.param("t", taskId).param("k", kind).param("a", by.name()).param("u", by.unitId())
			.param("d", detail == null ? null : abbreviate(detail)).param("at", Timestamp.from(when.at()))
			// the business date the step happened on: bulletins replay the timeline up to a date
			.param("onDate", when.on()).update();
		if (by.user() != null) {
			audit.record(by.user(), "TASK_" + kind, AuditTarget.of("TASK", taskId), null);
		}
	}

	private static void refuseIfMoved(int updated) {
		if (updated == 0) {
			throw new ConflictException("该任务已被他人修改，请刷新后再操作");
		}
	}

	private static String abbreviate(String detail) {
		return detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
	}
}
