package cn.shuangyong.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.tasklife.ReportContents;
import cn.shuangyong.supervision.tasklife.ReportDraft;
import cn.shuangyong.supervision.tasklife.Task;
import cn.shuangyong.supervision.tasklife.TaskAction;
import cn.shuangyong.supervision.tasklife.TaskStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a task through its life. Only a lead unit signs for and submits (of joint leads, the first-named submits);
 * cooperating units report too; only the issuing office signs off, returns and reopens. A unit that sees the task but
 * may not act gets 403; a task outside the scope answers 404. Whether the state allows the action, and whether the
 * change was made on the task's current version, is {@link Task}'s to say; {@link TaskStore} writes the row, the
 * timeline and the event. {@code seen} is the version the page or API client saw, which pages and API always name; the
 * overloads without it are for callers in the process (the demo) that act on what they have just read.
 */
@Service
@Transactional
public class TaskWork {

	private final Tasks tasks;

	private final TaskStore store;

	private final ReportContents contents;

	TaskWork(Tasks tasks, TaskStore store, ReportContents contents) {
		this.tasks = tasks;
		this.store = store;
		this.contents = contents;
	}

	public TaskView signFor(long taskId, CurrentUser by) {
		return act(taskId, TaskAction.SIGN_FOR, null, null, by);
	}

	public TaskView signFor(long taskId, int seen, CurrentUser by) {
		return act(taskId, TaskAction.SIGN_FOR, null, seen, by);
	}

	public TaskView report(long taskId, String text, CurrentUser by) {
		return report(taskId, new ReportDraft(text, Map.of(), List.of()), by);
	}

	public TaskView report(long taskId, ReportDraft draft, CurrentUser by) {
		return reportAt(taskId, draft, null, by);
	}

	/**
	 * A report with text, figures for the item's targets and attached files. Who may report, whether the task takes
	 * reports and whether the version is current are checked before the content, and bad content changes nothing: no
	 * report, no file on disk.
	 */
	public TaskView report(long taskId, ReportDraft draft, int seen, CurrentUser by) {
		return reportAt(taskId, draft, seen, by);
	}

	private TaskView reportAt(long taskId, ReportDraft draft, Integer seen, CurrentUser by) {
		TaskView view = tasks.find(taskId, by);
		permit(view, TaskAction.REPORT, by);
		Task.Step step = Task.of(view).take(TaskAction.REPORT, seen == null ? view.version() : seen);
		ReportContents.Checked checked = contents.check(view, draft);
		TaskStore.When when = store.now();
		TaskStore.Actor actor = TaskStore.Actor.of(by);
		store.write(step, actor, when, null);
		contents.save(store.report(taskId, actor, checked.text(), when.at()), checked, when.at());
		return tasks.byId(taskId).orElseThrow();
	}

	public TaskView submit(long taskId, CurrentUser by) {
		return act(taskId, TaskAction.SUBMIT, null, null, by);
	}

	public TaskView submit(long taskId, int seen, CurrentUser by) {
		return act(taskId, TaskAction.SUBMIT, null, seen, by);
	}

	public TaskView signOff(long taskId, CurrentUser by) {
		return act(taskId, TaskAction.SIGN_OFF, null, null, by);
	}

	public TaskView signOff(long taskId, int seen, CurrentUser by) {
		return act(taskId, TaskAction.SIGN_OFF, null, seen, by);
	}

	public TaskView returnTask(long taskId, String reason, CurrentUser by) {
		return act(taskId, TaskAction.RETURN, returnReason(reason), null, by);
	}

	public TaskView returnTask(long taskId, String reason, int seen, CurrentUser by) {
		return act(taskId, TaskAction.RETURN, returnReason(reason), seen, by);
	}

	public TaskView reopen(long taskId, String reason, CurrentUser by) {
		return act(taskId, TaskAction.REOPEN, optional(reason), null, by);
	}

	public TaskView reopen(long taskId, String reason, int seen, CurrentUser by) {
		return act(taskId, TaskAction.REOPEN, optional(reason), seen, by);
	}

	private static String returnReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("退回时须写明原因");
		}
		return reason.strip();
	}

	private static String optional(String reason) {
		return reason == null || reason.isBlank() ? null : reason.strip();
	}

	/**
	 * The issuing office moves a deadline; the reason is kept. {@code version} is the task's version the office saw: a
	 * deadline moved by someone else since is not overwritten.
	 */
	public TaskView changeDeadline(long taskId, LocalDate deadline, String reason, Integer version, CurrentUser by) {
		TaskView view = tasks.find(taskId, by);
		requireIssuer(view, by);
		if (deadline == null || reason == null || reason.isBlank()) {
			throw new InvalidInputException("请填写新的截止日期和调整原因");
		}
		if (version == null) {
			throw new InvalidInputException("缺少任务的版本号（version）：请刷新页面后再调整截止日期");
		}
		Task.DeadlineMove move = Task.of(view).moveDeadline(deadline, reason, version);
		store.write(move, move.reason(), "DEADLINE", "截止日期由 " + move.from() + " 调整为 " + deadline + "：" + move.reason(),
				TaskStore.Actor.of(by), store.now());
		return tasks.byId(taskId).orElseThrow();
	}

	private TaskView act(long taskId, TaskAction action, String text, Integer seen, CurrentUser by) {
		TaskView view = tasks.find(taskId, by);
		permit(view, action, by);
		Task.Step step = Task.of(view).take(action, seen == null ? view.version() : seen);
		store.write(step, TaskStore.Actor.of(by), store.now(), text);
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
}
