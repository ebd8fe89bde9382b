package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import org.springframework.stereotype.Component;

/**
 * The step a rating waits on is a supervision task of the unit that must act, due by the step's limit in working
 * days: overdue steps turn red and are urged like any task. The acting unit issues its own step's task, so that the
 * person who takes the step also closes it (signs for, reports what was done, and signs it off) in the same
 * transaction as the rating moves on.
 */
@Component
class RatingTasks {

	private final TaskIssuing issuing;

	private final TaskWork work;

	private final Tasks tasks;

	private final RatingTaskSource source;

	private final WorkingDayCalendar calendar;

	private final StepLimits limits;

	RatingTasks(TaskIssuing issuing, TaskWork work, Tasks tasks, RatingTaskSource source, WorkingDayCalendar calendar,
			StepLimits limits) {
		this.issuing = issuing;
		this.work = work;
		this.tasks = tasks;
		this.source = source;
		this.calendar = calendar;
		this.limits = limits;
	}

	/** The day the step is due, counting its limit in working days from {@code from}. */
	LocalDate due(RatingStep step, LocalDate from) {
		return calendar.addWorkingDays(from, limits.of(step));
	}

	/** Opens the task of the step for the unit, due on the day given; returns the task's id. */
	long open(Rating rating, RatingStep step, long unitId, LocalDate due) {
		// the title names the application, never the person: a task is read by every unit and leader it reaches, who
		// may not read the registry (the rating's page, behind the task's link, is checked against the reader)
		return issuing.open(new OpenTask(source, rating.id(),
				"评残·" + step.chinese().replace("待", "") + "：第 " + rating.id() + " 号评残申请（"
						+ rating.application().kind().chinese() + "）",
				List.of(unitId), List.of(), due, unitId));
	}

	/** Closes the step's task as the one who took the step: signs for, reports what was done, and signs it off. */
	void close(Long taskId, String done, CurrentUser by) {
		if (taskId == null) {
			return;
		}
		TaskView task = tasks.byId(taskId).orElseThrow();
		if (task.state() == TaskState.SIGNED_OFF) {
			return;
		}
		if (task.state() == TaskState.ASSIGNED) {
			work.signFor(taskId, by);
		}
		if (tasks.byId(taskId).orElseThrow().state() != TaskState.SUBMITTED) {
			work.report(taskId, done, by);
			work.submit(taskId, by);
		}
		work.signOff(taskId, by);
	}
}
