package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an item paragraph into a draft item: its assignment, then time nodes and targets from the rest. An item
 * that names no unit takes the lead its section heading names. In an item that the end of the text cuts off, the
 * last unit written is a fragment unless it ends as a unit's name does (牵头单位：市发 is the start of a name, not a
 * unit), and a fragment is never reported.
 */
final class ItemReading {

	private ItemReading() {
	}

	static WorkItemDraft read(PlanBody.ItemParagraph paragraph) {
		ItemAssignments.Located located = ItemAssignments.locate(paragraph.text());
		Assignment a = located.assignment();
		if (paragraph.cut()) {
			a = withoutFragment(a, paragraph.text());
		}
		if (a.isEmpty() && paragraph.sectionLead() != null) {
			List<String> leads = UnitPhrases.split(paragraph.sectionLead());
			a = new Assignment(leads, Assignment.modeOf(leads, false), List.of(), null);
		}
		String text = located.text();
		return new WorkItemDraft(paragraph.no(), paragraph.section(), text, a.leads(), a.leadMode(), a.cooperators(),
				a.cooperatorRole(), TimeNodes.find(text), Targets.find(text));
	}

	private static Assignment withoutFragment(Assignment a, String text) {
		String last = null;
		int lastAt = -1;
		for (String unit : a.leads()) {
			if (text.lastIndexOf(unit) > lastAt) {
				last = unit;
				lastAt = text.lastIndexOf(unit);
			}
		}
		for (String unit : a.cooperators()) {
			if (text.lastIndexOf(unit) > lastAt) {
				last = unit;
				lastAt = text.lastIndexOf(unit);
			}
		}
		if (last == null || endsLikeName(Folded.fold(last))) {
			return a;
		}
		List<String> leads = new ArrayList<>(a.leads());
		List<String> cooperators = new ArrayList<>(a.cooperators());
		if (!cooperators.remove(last)) {
			leads.remove(last);
		}
		return new Assignment(leads, a.leadMode() == LeadMode.EACH ? LeadMode.EACH : Assignment.modeOf(leads, false),
				cooperators, a.cooperatorRole());
	}

	/** A unit's name ends in 局, 委, 单位, 政府 … or closes a bracket (各乡镇（街道）). */
	private static boolean endsLikeName(String folded) {
		return UnitPhrases.endsLikeUnit(folded) || folded.endsWith("）") || folded.endsWith(")");
	}
}
