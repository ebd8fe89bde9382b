package cn.shuangyong.documents.reading;

/** Turns an item paragraph into a draft item: its assignment, then time nodes and targets from the rest. */
final class ItemReading {

	private ItemReading() {
	}

	static WorkItemDraft read(PlanBody.ItemParagraph paragraph) {
		ItemAssignments.Located located = ItemAssignments.locate(paragraph.text());
		Assignment a = located.assignment();
		String text = located.text();
		return new WorkItemDraft(paragraph.no(), paragraph.section(), text, a.leads(), a.leadMode(), a.cooperators(),
				a.cooperatorRole(), TimeNodes.find(text), Targets.find(text));
	}
}
