package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a notice into a draft. A notice is a chain of documents, outermost first (a prefecture's
 * forward, then the province's issue), each with its head and body; the plan follows under its own title, or is
 * the body of the last document issued. A forward's body holds the forwarding office's own points.
 */
final class NoticeStructure {

	private NoticeStructure() {
	}

	static NoticeDraft read(String text) {
		List<String> lines = NoticeLines.of(FlatTaskTables.expand(text));
		List<String> folded = lines.stream().map(Folded::fold).toList();
		List<DocumentHeaders.HeaderBlock> blocks = DocumentHeaders.find(lines, folded);
		int afterHeads = blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).end() + 1;
		int titleLine = PlanTitles.find(folded, afterHeads, lines.size(), blocks.isEmpty());
		String planTitle = titleLine < 0 ? null : PlanTitles.title(lines.get(titleLine));

		List<DocumentHeader> documents = new ArrayList<>();
		List<String> forwardPoints = new ArrayList<>();
		for (int k = 0; k < blocks.size(); k++) {
			DocumentHeaders.HeaderBlock block = blocks.get(k);
			int bodyEnd = bodyEnd(blocks, k, titleLine, lines.size());
			DocumentHeader header = block.header();
			if (header.kind() == DocumentKind.FORWARD) {
				String next = k + 1 < blocks.size() ? blocks.get(k + 1).header().docNumber() : null;
				String body = NoticeLines.join(lines.subList(block.end() + 1, bodyEnd));
				header = Forwards.withForwarded(header, body, next);
				forwardPoints.addAll(ForwardPoints.read(lines, folded, block.end() + 1, bodyEnd));
			}
			documents.add(header);
		}

		int planFrom = planStart(blocks, titleLine);
		PlanBody.Contents contents = planFrom < 0 ? new PlanBody.Contents(List.of(), List.of())
				: PlanBody.read(lines, folded, planFrom, lines.size());
		if (planTitle == null && !blocks.isEmpty() && planFrom >= 0) {
			planTitle = Forwards.namedDocument(blocks.get(blocks.size() - 1).header().title());
		}
		WorkPlanDraft plan = new WorkPlanDraft(planTitle, PlanTitles.year(planTitle), contents.sections());
		boolean firstListedLeads = ItemReading.FIRST_LISTED_LEADS.matcher(Folded.fold(text)).find();
		List<WorkItemDraft> items = contents.items().stream().map(p -> ItemReading.read(p, firstListedLeads)).toList();
		return new NoticeDraft(documents, plan, forwardPoints, items);
	}

	private static int bodyEnd(List<DocumentHeaders.HeaderBlock> blocks, int k, int titleLine, int size) {
		int end = k + 1 < blocks.size() ? blocks.get(k + 1).start() : size;
		return titleLine > blocks.get(k).end() && titleLine < end ? titleLine : end;
	}

	/**
	 * The plan starts after its title; without a title it is the body of the last document when that document
	 * issues it, and the whole text when there is no document head. A forward with no plan after it has none.
	 */
	private static int planStart(List<DocumentHeaders.HeaderBlock> blocks, int titleLine) {
		if (titleLine >= 0) {
			return titleLine + 1;
		}
		if (blocks.isEmpty()) {
			return 0;
		}
		DocumentHeaders.HeaderBlock last = blocks.get(blocks.size() - 1);
		return last.header().kind() == DocumentKind.ISSUE ? last.end() + 1 : -1;
	}
}
