package cn.shuangyong.documents.reading;

import java.util.List;

/**
 * One numbered item of the plan (要点条目) as read: its number and section, its text without the assignment, the
 * lead phrases and how they lead, the cooperating phrases and their role, time nodes and quantitative targets as
 * written. {@code leadMode} and {@code cooperatorRole} are null when the item names no such unit.
 */
public record WorkItemDraft(String no, String section, String text, List<String> leads, LeadMode leadMode,
		List<String> cooperators, CooperatorRole cooperatorRole, List<String> timeNodes,
		List<QuantitativeTarget> targets) {

	public WorkItemDraft {
		leads = List.copyOf(leads);
		cooperators = List.copyOf(cooperators);
		timeNodes = List.copyOf(timeNodes);
		targets = List.copyOf(targets);
	}
}
