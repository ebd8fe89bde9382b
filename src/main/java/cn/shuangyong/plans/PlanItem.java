package cn.shuangyong.plans;

import java.util.List;

/**
 * A published item with its units. {@code leadMode} decides the tasks: EACH and a group phrase give one task per
 * lead unit; JOINT gives one shared task.
 */
public record PlanItem(long id, long planId, String no, String section, String text, String origin, String leadMode,
		String cooperatorRole, List<String> timeNodes, List<ItemAssignment> assignments) {

	public List<ItemAssignment> leads() {
		return assignments.stream().filter(a -> a.role() == AssignmentRole.LEAD).toList();
	}

	public List<ItemAssignment> cooperators() {
		return assignments.stream().filter(a -> a.role() == AssignmentRole.COOPERATING).toList();
	}
}
