package cn.shuangyong.supervision;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.board.StandingColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of plans as facts for figures and charts (the dashboards read them), limited to what the user may see, the
 * same scope as {@link Tasks}. One row per task, no text, so a province's thousands of tasks read in one query; the
 * first lead comes from the task's own {@code lead_unit_id} (written when the task is opened), not from a lookup per
 * task.
 */
@Service
@Transactional(readOnly = true)
public class TaskFacts {

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	private final Tasks tasks;

	TaskFacts(JdbcClient jdbc, BusinessClock clock, Tasks tasks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tasks = tasks;
	}

	public List<TaskFact> ofPlans(Collection<Long> planIds, CurrentUser user) {
		user.require(Permission.WORK_READ);
		if (planIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = Tasks.scope(user, new HashMap<>());
		params.put("plans", List.copyOf(planIds));
		params.put("today", clock.today());
		params.put("warn", tasks.warningDays());
		return jdbc.sql("""
				select t.id, t.plan_id, t.item_id, t.region_code, t.lead_unit_id, t.state, t.deadline, t.signed_off_on,\s"""
				+ StandingColumn.SQL + " as standing from supervision.task t where t.plan_id in (:plans) and " + Tasks.VISIBLE
				+ " order by t.id")
			.params(params)
			.query((rs, n) -> new TaskFact(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					(Long) rs.getObject(5), TaskState.valueOf(rs.getString(6)),
					rs.getObject(7, java.time.LocalDate.class), rs.getObject(8, java.time.LocalDate.class),
					TaskStanding.valueOf(rs.getString(9))))
			.list();
	}
}
