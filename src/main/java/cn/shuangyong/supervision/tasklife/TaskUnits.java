package cn.shuangyong.supervision.tasklife;

import java.util.List;

import cn.shuangyong.directory.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new task's lead and cooperating units, in the order named (the first lead is the one who submits), however the
 * task was opened: from a published plan or by another module.
 */
@Component
class TaskUnits {

	private final JdbcClient jdbc;

	TaskUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void attach(long taskId, List<Unit> leads, List<Unit> cooperators) {
		int position = 0;
		for (Unit lead : leads) {
			insert(taskId, lead, "LEAD", position++);
		}
		for (Unit cooperator : cooperators) {
			insert(taskId, cooperator, "COOPERATING", position++);
		}
	}

	private void insert(long taskId, Unit unit, String role, int position) {
		jdbc.sql("insert into supervision.task_unit (task_id, unit_id, role, position) values (:t, :u, :r, :p)")
			.param("t", taskId).param("u", unit.id().value()).param("r", role).param("p", position).update();
	}
}
