package cn.shuangyong.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading tasks: those of a plan, with their lead and cooperating units. */
@Service
@Transactional(readOnly = true)
public class Tasks {

	private final JdbcClient jdbc;

	private final Directory directory;

	Tasks(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public List<TaskSummary> ofPlan(long planId) {
		Map<Long, TaskSummary> tasks = new LinkedHashMap<>();
		jdbc.sql("select id, plan_id, item_id, item_no, title, state from supervision.task where plan_id = :p order by id")
			.param("p", planId)
			.query((rs, n) -> new TaskSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), new ArrayList<>(), new ArrayList<>()))
			.list().forEach(t -> tasks.put(t.id(), t));
		record Member(long taskId, long unitId, String role) {
		}
		List<Member> members = jdbc.sql("""
				select tu.task_id, tu.unit_id, tu.role from supervision.task_unit tu
				join supervision.task t on t.id = tu.task_id where t.plan_id = :p order by tu.task_id, tu.position""")
			.param("p", planId).query((rs, n) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
		Map<Long, String> names = new java.util.HashMap<>();
		directory.units(members.stream().map(m -> new UnitId(m.unitId())).distinct().toList())
			.forEach(u -> names.put(u.id().value(), u.name()));
		for (Member m : members) {
			TaskSummary task = tasks.get(m.taskId());
			var unit = new TaskSummary.UnitRef(m.unitId(), names.getOrDefault(m.unitId(), ""));
			("LEAD".equals(m.role()) ? task.leadUnits() : task.cooperatingUnits()).add(unit);
		}
		return List.copyOf(tasks.values());
	}

	public List<TaskSummary> ofItem(long itemId) {
		Long planId = jdbc.sql("select plan_id from supervision.task where item_id = :i limit 1").param("i", itemId)
			.query(Long.class).optional().orElse(null);
		return planId == null ? List.of() : ofPlan(planId).stream().filter(t -> t.itemId() == itemId).toList();
	}

	public int countOfPlan(long planId) {
		return jdbc.sql("select count(*) from supervision.task where plan_id = :p").param("p", planId)
			.query(Integer.class).single();
	}
}
