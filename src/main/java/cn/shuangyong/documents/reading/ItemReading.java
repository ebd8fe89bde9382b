package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an item paragraph into a draft item: its assignment, then time nodes and targets from the rest. An item
 * that names no unit takes the lead its section heading names. In an item that the end of the text cuts off, the
 * last unit written is a fragment unless it ends as a unit's name does (牵头单位：市发 is the start of a name, not a
 * unit), and a fragment is never reported. Where the notice says that the first unit listed leads, the others of
 * a list without a lead word cooperate.
 */
final class ItemReading {

	private ItemReading() {
	}

	/**
	 * A notice's own rule that, of the units listed together, the first leads: 列第一位者为牵头单位，下同 /
	 * 列第一位的责任单位为牵头单位.
	 */
	static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
			"列(?:在)?(?:第一位|首位)(?:者|的)?(?:的)?(?:责任)?(?:单位|部门)?(?:为|是)(?:牵头|主办|主责)(?:单位|部门)");

	/** Reads the item; {@code firstListedLeads} when the notice states that the first unit of a list leads. */
	static WorkItemDraft read(PlanBody.ItemParagraph paragraph, boolean firstListedLeads) {
		ItemAssignments.Located located = ItemAssignments.locate(paragraph.text());
		Assignment a = located.assignment();
		WorkItemDraft.Source source = located.source();
		if (paragraph.cut()) {
			a = withoutFragment(a, paragraph.text());
		}
		if (firstListedLeads && a.leads().size() > 1 && a.cooperators().isEmpty() && a.leadMode() != LeadMode.EACH) {
			a = new Assignment(a.leads().subList(0, 1), LeadMode.SINGLE, a.leads().subList(1, a.leads().size()),
					CooperatorRole.COOPERATE);
		}
		if (a.isEmpty() && paragraph.sectionLead() != null) {
			List<String> leads = UnitPhrases.split(paragraph.sectionLead());
			a = new Assignment(leads, Assignment.modeOf(leads, false), List.of(), null);
			source = WorkItemDraft.Source.SECTION_HEADING;
		}
		String text = located.text();
		return new WorkItemDraft(paragraph.no(), paragraph.section(), text, a.leads(), a.leadMode(), a.cooperators(),
				a.cooperatorRole(), TimeNodes.find(text), Targets.find(text), a.isEmpty() ? WorkItemDraft.Source.NONE : source);
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
