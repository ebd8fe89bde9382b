package cn.shuangyong.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a task through its life. Only a lead unit signs for and submits (of joint leads, the first-named submits);
 * cooperating units report too; only the issuing office signs off, returns and reopens. A unit that sees the task but
 * may not act gets 403; a task outside the scope answers 404. Each change is on the task's timeline, and a change
 * made on a stale view is refused rather than overwriting someone else's.
 */
@Service
@Transactional
public class TaskWork {

	private final Tasks tasks;

	private final JdbcClient jdbc;

	private final TaskEvents events;

	private final ReportContents contents;

	private final ApplicationEventPublisher publisher;

	private final BusinessClock businessClock;

	TaskWork(Tasks tasks, JdbcClient jdbc, TaskEvents events, ReportContents contents,
			ApplicationEventPublisher publisher, BusinessClock businessClock) {
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.events = events;
		this.contents = contents;
		this.publisher = publisher;
		this.businessClock = businessClock;
	}

	public TaskView signFor(long taskId, CurrentUser by) {
		return act(taskId, TaskAction.SIGN_FOR, null, null, by);
	}

	public TaskView report(long taskId, String text, CurrentUser by) {
		return report(taskId, new ReportDraft(text, Map.of(), List.of()), by);
	}

	/**
	 * A report with text, figures for the item's targets and attached files. Who may report and whether the task
	 * takes reports is checked before the content, and bad content changes nothing: no report, no file on disk.
	 */
	public TaskView report(long taskId, ReportDraft draft, CurrentUser by) {
		TaskView task = tasks.find(taskId, by);
		check(task, TaskAction.REPORT, by);
		ReportContents.Checked checked = contents.check(task, draft);
		return act(taskId, TaskAction.REPORT, null, checked, by);
	}

	public TaskView submit(long taskId, CurrentUser by) {
		return act(taskId, TaskAction.SUBMIT, null, null, by);
	}

	public TaskView signOff(long taskId, CurrentUser by) {
		return act(taskId, TaskAction.SIGN_OFF, null, null, by);
	}

	public TaskView returnTask(long taskId, String reason, CurrentUser by) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("退回时须写明原因");
		}
		return act(taskId, TaskAction.RETURN, reason.strip(), null, by);
	}

	public TaskView reopen(long taskId, String reason, CurrentUser by) {
		return act(taskId, TaskAction.REOPEN, reason, null, by);
	}

	/**
	 * The issuing office moves a deadline; the reason is kept. {@code version} is the task's version the office saw: a
	 * deadline moved by someone else since is not overwritten.
	 */
	public TaskView changeDeadline(long taskId, LocalDate deadline, String reason, Integer version, CurrentUser by) {
		TaskView task = tasks.find(taskId, by);
		requireIssuer(task, by);
		if (deadline == null || reason == null || reason.isBlank()) {
			throw new InvalidInputException("请填写新的截止日期和调整原因");
		}
		if (version == null) {
			throw new InvalidInputException("缺少任务的版本号（version）：请刷新页面后再调整截止日期");
		}
		int updated = jdbc.sql("""
				update supervision.task set deadline = :d, deadline_reason = :r, version = version + 1
				where id = :id and version = :v""")
			.param("d", deadline).param("r", reason.strip()).param("id", taskId)
			.param("v", version).update();
		if (updated == 0) {
			throw new ConflictException("该任务已被他人修改，请刷新后再操作");
		}
		events.record(taskId, "DEADLINE", "截止日期由 " + task.deadline() + " 调整为 " + deadline + "：" + reason.strip(), by);
		return tasks.byId(taskId).orElseThrow();
	}

	private static void check(TaskView task, TaskAction action, CurrentUser by) {
		permit(task, action, by);
		if (!TaskState.allowedBefore(action).contains(task.state())) {
			throw new ConflictException("任务当前状态为“" + label(task.state()) + "”，不能" + action.label());
		}
	}

	private TaskView act(long taskId, TaskAction action, String text, ReportContents.Checked report,
			CurrentUser by) {
		TaskView task = tasks.find(taskId, by);
		check(task, action, by);
		TaskState next = TaskState.after(action, task.state());
		Instant now = businessClock.now();
		int updated = jdbc.sql("""
				update supervision.task set state = :next, version = version + 1,
				  signed_for_at = case when :action = 'SIGN_FOR' then :now else signed_for_at end,
				  last_report_at = case when :action = 'REPORT' then :now else last_report_at end,
				  submitted_at = case when :action = 'SUBMIT' then :now else submitted_at end,
				  signed_off_on = case when :action = 'SIGN_OFF' then :today when :action = 'REOPEN' then null
				                       else signed_off_on end
				where id = :id and version = :v""")
			.param("next", next.name()).param("action", action.name()).param("now", Timestamp.from(now))
			.param("today", businessClock.today()).param("id", taskId)
			.param("v", task.version()).update();
		if (updated == 0) {
			throw new ConflictException("该任务已被他人修改，请刷新后再操作");
		}
		if (action == TaskAction.REPORT) {
			long reportId = jdbc.sql("""
					insert into supervision.progress_report (task_id, unit_id, author, text, created_at)
					values (:t, :u, :a, :text, :at) returning id""")
				.param("t", taskId).param("u", by.unitId()).param("a", by.getUsername()).param("text", report.text())
				.param("at", Timestamp.from(now)).query(Long.class).single();
			contents.save(reportId, report, now);
		}
		events.record(taskId, action.name(), action == TaskAction.REPORT ? null : text, by);
		if (action == TaskAction.SIGN_OFF) {
			publisher.publishEvent(new TaskSignedOff(taskId, task.sourceKind(), task.sourceId(), task.issuerUnitId(),
					businessClock.today()));
		}
		return tasks.byId(taskId).orElseThrow();
	}

	private static void permit(TaskView task, TaskAction action, CurrentUser by) {
		if (!by.can(Permission.WORK_EDIT)) {
			throw new AccessDeniedException("您的角色只能查看任务");
		}
		long unit = by.unitId();
		boolean allowed = switch (action) {
			case SIGN_FOR -> task.ledBy(unit);
			case REPORT -> task.ledBy(unit) || task.cooperatedBy(unit);
			case SUBMIT -> task.firstLead(unit);
			case SIGN_OFF, RETURN, REOPEN -> task.issuerUnitId() == unit;
		};
		if (!allowed) {
			throw new AccessDeniedException(switch (action) {
				case SIGN_FOR -> "只有牵头单位可以签收任务";
				case REPORT -> "只有牵头单位和配合单位可以报送进展";
				case SUBMIT -> "只有（第一）牵头单位可以申请销号";
				case SIGN_OFF, RETURN, REOPEN -> "只有发文的双拥办可以办结、退回或重新打开任务";
			});
		}
	}

	private static void requireIssuer(TaskView task, CurrentUser by) {
		if (!by.can(Permission.WORK_EDIT) || task.issuerUnitId() != by.unitId()) {
			throw new AccessDeniedException("只有发文的双拥办可以调整截止日期");
		}
	}

	private static String label(TaskState state) {
		return switch (state) {
			case ASSIGNED -> "已分派";
			case SIGNED_FOR -> "已签收";
			case IN_PROGRESS -> "办理中";
			case SUBMITTED -> "申请销号";
			case SIGNED_OFF -> "已办结";
			case RETURNED -> "已退回";
		};
	}
}
