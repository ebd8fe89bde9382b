package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;

/**
 * The tasks of a plan as they stood on a date, from their timelines. Each change carries the business date it was
 * made on; changes recorded before that date was kept take the day of their instant in China.
 */
@Component
class TaskHistory {

	private final Tasks tasks;

	private final JdbcClient jdbc;

	TaskHistory(Tasks tasks, JdbcClient jdbc) {
		this.tasks = tasks;
		this.jdbc = jdbc;
	}

	List<TaskAsOf> ofPlan(long planId, LocalDate date) {
		Map<Long, List<TaskReplay.Change>> changes = changes(planId);
		List<TaskAsOf> result = new ArrayList<>();
		for (TaskView task : tasks.ofPlan(planId)) {
			TaskReplay.Outcome outcome = TaskReplay.asOf(task.deadline(), changes.getOrDefault(task.id(), List.of()),
					date, tasks.warningDays());
			result.add(new TaskAsOf(task.id(), task.itemNo(), task.title(), task.leadUnits(), task.deadline(),
					outcome.state(), outcome.standing(), outcome.completedOn(), outcome.daysOverdue()));
		}
		return result;
	}

	/** Every change on the timelines of a plan's tasks, in the order they were made. */
	Map<Long, List<TaskReplay.Change>> changes(long planId) {
		Map<Long, List<TaskReplay.Change>> changes = new HashMap<>();
		jdbc.sql("""
				select e.task_id, e.kind, coalesce(e.on_date, cast(e.at at time zone 'Asia/Shanghai' as date))
				from supervision.task_event e join supervision.task t on t.id = e.task_id
				where t.plan_id = :plan order by e.id""")
			.param("plan", planId)
			.query(rs -> {
				changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new TaskReplay.Change(rs.getString(2), rs.getObject(3, LocalDate.class)));
			});
		return changes;
	}
}
