package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.List;
import cn.shuangyong.supervision.tasklife.TaskAction;
import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskState;

/**
 * Replays a task's timeline up to a date to find how it stood then. Only what happened on or before the date counts:
 * a task signed off the day after is still open on the date, and overdue if its deadline had passed. A task that was
 * signed off, reopened and signed off again is judged by its last completion. How it stood follows the one rule of
 * {@link TaskStanding}.
 */
public final class TaskReplay {

	private TaskReplay() {
	}

	/** One change on the timeline: the action's name (SIGN_FOR, SUBMIT …) and the business date it was made. */
	public record Change(String kind, LocalDate on) {
	}

	public record Outcome(TaskState state, TaskStanding standing, LocalDate completedOn, long daysOverdue) {
	}

	public static Outcome asOf(LocalDate deadline, List<Change> changes, LocalDate date, int warningDays) {
		TaskState state = TaskState.ASSIGNED;
		LocalDate submittedOn = null;
		LocalDate completedOn = null;
		LocalDate lastReportOn = null;
		for (Change change : changes) {
			if (change.on().isAfter(date)) {
				continue;
			}
			TaskAction action = action(change.kind());
			if (action == null) {
				continue;
			}
			state = TaskState.after(action, state);
			switch (action) {
				case SUBMIT -> submittedOn = change.on();
				case REPORT -> lastReportOn = change.on();
				// The unit finished when it submitted the work that was accepted, not when the office got round to it.
				case SIGN_OFF -> completedOn = submittedOn != null ? submittedOn : change.on();
				case REOPEN -> completedOn = null;
				default -> {
				}
			}
		}
		TaskStanding standing = TaskStanding.of(state, deadline, completedOn, lastReportOn, date, warningDays);
		return new Outcome(state, standing, standing.done() ? completedOn : null,
				standing == TaskStanding.OVERDUE ? deadline.until(date, java.time.temporal.ChronoUnit.DAYS) : 0);
	}

	private static TaskAction action(String kind) {
		for (TaskAction action : TaskAction.values()) {
			if (action.name().equals(kind)) {
				return action;
			}
		}
		return null;
	}
}
