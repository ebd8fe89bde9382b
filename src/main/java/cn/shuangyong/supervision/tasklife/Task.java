package cn.shuangyong.supervision.tasklife;

import java.time.LocalDate;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.supervision.TaskReopened;
import cn.shuangyong.supervision.TaskReturned;
import cn.shuangyong.supervision.TaskSignedOff;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;

/**
 * A task as one whole: every change of its state or deadline is asked of it, and it answers with the change to write
 * or refuses. It refuses a change made on a stale view (another version than the one the change was made on) and an
 * action its state does not allow. It holds no connection: {@link TaskStore} writes what it answers, and only that.
 */
public final class Task {

	private final long id;

	private final TaskState state;

	private final int version;

	private final LocalDate deadline;

	private final String sourceKind;

	private final long sourceId;

	private final long issuerUnitId;

	Task(long id, TaskState state, int version, LocalDate deadline, String sourceKind, long sourceId,
			long issuerUnitId) {
		this.id = id;
		this.state = state;
		this.version = version;
		this.deadline = deadline;
		this.sourceKind = sourceKind;
		this.sourceId = sourceId;
		this.issuerUnitId = issuerUnitId;
	}

	public static Task of(TaskView view) {
		return new Task(view.id(), view.state(), view.version(), view.deadline(), view.sourceKind(), view.sourceId(),
				view.issuerUnitId());
	}

	long id() {
		return id;
	}

	TaskState state() {
		return state;
	}

	int version() {
		return version;
	}

	/** The step an action takes from here, made on the view of version {@code seen}. */
	public Step take(TaskAction action, int seen) {
		requireVersion(seen);
		if (!TaskState.allowedBefore(action).contains(state)) {
			throw new ConflictException("任务当前状态为“" + state.chinese() + "”，不能" + action.label());
		}
		return new Step(this, action, TaskState.after(action, state));
	}

	/** The deadline moved, with its reason, made on the view of version {@code seen}. */
	public DeadlineMove moveDeadline(LocalDate to, String reason, int seen) {
		requireVersion(seen);
		if (to == null || reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a deadline move needs a date and a reason");
		}
		return new DeadlineMove(this, deadline, to, reason.strip());
	}

	private void requireVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("该任务已被他人修改（您看到的是第 " + seen + " 版，现在是第 " + version
					+ " 版），请刷新后再操作");
		}
	}

	private Task with(TaskState next, LocalDate nextDeadline) {
		return new Task(id, next, version + 1, nextDeadline, sourceKind, sourceId, issuerUnitId);
	}


	/** One step of a task's life, from the version it was taken on. */
	public record Step(Task before, TaskAction action, TaskState next) {

		/** The task after the step is written. */
		Task after() {
			return before.with(next, before.deadline);
		}

		/**
		 * What the step tells other modules: sign-off, return and reopen change whether the work is done; signing for
		 * and reporting do not.
		 */
		Object event(LocalDate on, String reason) {
			Task t = before;
			return switch (action) {
				case SIGN_OFF -> new TaskSignedOff(t.id, t.sourceKind, t.sourceId, t.issuerUnitId, on);
				case RETURN -> new TaskReturned(t.id, t.sourceKind, t.sourceId, t.issuerUnitId, reason);
				case REOPEN -> new TaskReopened(t.id, t.sourceKind, t.sourceId, t.issuerUnitId, reason);
				case SIGN_FOR, REPORT, SUBMIT -> null;
			};
		}
	}

	/** A deadline moved from {@code from} to {@code to}, from the version it was taken on. */
	public record DeadlineMove(Task before, LocalDate from, LocalDate to, String reason) {

		Task after() {
			return before.with(before.state, to);
		}
	}
}
