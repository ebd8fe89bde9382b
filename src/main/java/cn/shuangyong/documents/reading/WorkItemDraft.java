package cn.shuangyong.documents.reading;

import java.util.List;

/**
 * One numbered item of the plan (要点条目) as read: its number and section, its text without the assignment, the
 * lead phrases and how they lead, the cooperating phrases and their role, time nodes and quantitative targets as
 * written, and how the reader found the units ({@code foundBy}). {@code leadMode} and {@code cooperatorRole} are null
 * when the item names no such unit; {@code foundBy} is {@link Source#NONE} when the reader found no unit for the item
 * and null when the item was written or corrected by hand.
 */
public record WorkItemDraft(String no, String section, String text, List<String> leads, LeadMode leadMode,
		List<String> cooperators, CooperatorRole cooperatorRole, List<String> timeNodes,
		List<QuantitativeTarget> targets, Source foundBy) {

	public WorkItemDraft {
		leads = List.copyOf(leads);
		cooperators = List.copyOf(cooperators);
		timeNodes = List.copyOf(timeNodes);
		targets = List.copyOf(targets);
	}

	/** An item written or corrected by hand: no reading found its units. */
	public WorkItemDraft(String no, String section, String text, List<String> leads, LeadMode leadMode,
			List<String> cooperators, CooperatorRole cooperatorRole, List<String> timeNodes,
			List<QuantitativeTarget> targets) {
		this(no, section, text, leads, leadMode, cooperators, cooperatorRole, timeNodes, targets, null);
	}

	/**
	 * Where the reader found an item's units. A task table's columns reach the reader as labelled lines (牵头单位：…),
	 * so units from a table, in any file, are found by {@link #LABEL}.
	 */
	public enum Source {
		/** A parenthesis or bracket closing the item: （X牵头，Y配合） / 〔责任单位：…〕. */
		PARENTHESIS,
		/** Labels, on lines of their own or run together, and the columns of task tables: 牵头单位：X. */
		LABEL,
		/** A sentence: 具体工作由X负责，Y配合 / X牵头，Y参与. */
		SENTENCE,
		/** The heading of the section holding the item: 一、X牵头工作（8项）. */
		SECTION_HEADING,
		/** No unit found: the item's assignment was not understood, or it has none. */
		NONE
	}
}
