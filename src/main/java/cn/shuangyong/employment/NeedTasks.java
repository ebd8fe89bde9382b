package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import org.springframework.stereotype.Component;

/**
 * The supervision task of each case: opened on registration for the responsible 人社局, issued by the office of the
 * prefecture the spouse wishes to work in, due on the case's time limit; signed off when the case closes. The case,
 * not the task, is where the work is recorded, so closing the case takes the task through its steps at once: the
 * lead's report of the outcome and submission, then the office's sign-off. A step the closing user's unit may not take
 * itself is taken in the name of the module ({@value #ACTOR}), which the task's timeline shows.
 */
@Component
class NeedTasks {

	static final String ACTOR = "随军家属就业";

	private final TaskIssuing issuing;

	private final TaskWork work;

	private final Tasks tasks;

	private final NeedTaskSource source;

	private final Directory directory;

	NeedTasks(TaskIssuing issuing, TaskWork work, Tasks tasks, NeedTaskSource source, Directory directory) {
		this.issuing = issuing;
		this.work = work;
		this.tasks = tasks;
		this.source = source;
		this.directory = directory;
	}

	long open(long needId, String regionName, String regionCode, long department, LocalDate deadline) {
		String prefecture = regionCode.substring(0, RegionLevel.PREFECTURE.codeLength());
		Unit office = directory.catalogueUnit("office:" + prefecture)
			.orElseThrow(() -> new IllegalStateException("目录缺少双拥办：" + prefecture));
		return issuing.open(new OpenTask(source, needId, "随军家属就业：" + regionName + "案件 " + needId, List.of(department),
				List.of(), deadline, office.id().value()));
	}

	/** Signs off the case's task with the outcome as the lead's last report; nothing for a case without one. */
	void close(Long taskId, String outcome, CurrentUser by) {
		TaskView task = taskId == null ? null : tasks.byId(taskId).orElse(null);
		if (task == null || task.state() == TaskState.SIGNED_OFF) {
			return;
		}
		long leadUnit = task.leadUnits().get(0).id();
		CurrentUser lead = acting(by, leadUnit);
		if (task.state() == TaskState.ASSIGNED) {
			work.signFor(taskId, lead);
		}
		work.report(taskId, "案件办结：" + outcome, lead);
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
