package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import org.springframework.stereotype.Component;

/**
 * The supervision tasks of an application: the deciding 教育局's, issued by the office of the same region and due on
 * the decide-by day; and, when a review is asked for, the reviewing 教育局's, issued by its own region's office. A
 * decision signs its task off at once (the lead's report of the decision and submission, then the office's sign-off),
 * since the application, not the task, is where the work is recorded. A step the deciding user's unit may not take
 * itself is taken in the name of the module ({@value #ACTOR}), which the task's timeline shows.
 */
@Component
class ApplicationTasks {

	static final String ACTOR = "子女入学优待";

	private final TaskIssuing issuing;

	private final TaskWork work;

	private final Tasks tasks;

	private final ApplicationTaskSource source;

	private final Directory directory;

	ApplicationTasks(TaskIssuing issuing, TaskWork work, Tasks tasks, ApplicationTaskSource source,
			Directory directory) {
		this.issuing = issuing;
		this.work = work;
		this.tasks = tasks;
		this.source = source;
		this.directory = directory;
	}

	/** A task for the education bureau {@code deciding}, issued by the office of that bureau's region. */
	long open(long applicationId, String title, long deciding, LocalDate decideBy) {
		Unit bureau = directory.unit(new UnitId(deciding)).orElseThrow();
		Unit office = directory.catalogueUnit("office:" + bureau.regionCode().value())
			.orElseThrow(() -> new IllegalStateException("目录缺少双拥办：" + bureau.regionCode().value()));
		return issuing.open(new OpenTask(source, applicationId, title, List.of(deciding), List.of(), decideBy,
				office.id().value()));
	}

	/** Signs the task off with the decision as the lead's last report; nothing for an application without one. */
	void close(Long taskId, String decision, CurrentUser by) {
		TaskView task = taskId == null ? null : tasks.byId(taskId).orElse(null);
		if (task == null || task.state() == TaskState.SIGNED_OFF) {
			return;
		}
		CurrentUser lead = acting(by, task.leadUnits().get(0).id());
		if (task.state() == TaskState.ASSIGNED) {
			work.signFor(taskId, lead);
		}
		work.report(taskId, decision, lead);
		if (tasks.byId(taskId).orElseThrow().state() != TaskState.SUBMITTED) {
			work.submit(taskId, lead);
		}
		work.signOff(taskId, acting(by, task.issuerUnitId()));
	}

	private CurrentUser acting(CurrentUser by, long unitId) {
		if (by.unitId() == unitId && by.can(Permission.WORK_EDIT)) {
			return by;
		}
		Unit unit = directory.unit(new UnitId(unitId)).orElseThrow();
		return new SystemActor(ACTOR, unitId, unit.regionCode().value(),
				Set.of(Permission.WORK_READ, Permission.WORK_EDIT));
	}
}
