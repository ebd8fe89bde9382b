package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.List;
import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;

/** A task as it stood on a date: the bulletin's and the assessment's unit of counting. */
public record TaskAsOf(long taskId, String itemNo, String title, List<TaskView.UnitRef> leadUnits, LocalDate deadline,
		TaskState state, TaskStanding standing, LocalDate completedOn, long daysOverdue) {
}
