package cn.shuangyong.documents.reading;

/**
 * An item being read line by line. It keeps the text as written and its folded view side by side, and how many
 * parentheses are still open, so that it can tell when its sentence is finished and when a closing assignment
 * （…牵头，…配合） has ended it.
 */
final class OpenItem {

	private static final String SENTENCE_ENDS = "。！？）";

	private final String no;
	private final String section;
	private final StringBuilder text = new StringBuilder();
	private final StringBuilder folded = new StringBuilder();
	private int depth;
	private boolean closed;

	OpenItem(String no, String section) {
		this.no = no;
		this.section = section;
	}

	void add(String line) {
		String trimmed = NoticeLines.strip(line);
		if (trimmed.isEmpty()) {
			return;
		}
		String trimmedFolded = Folded.fold(trimmed);
		if (!text.isEmpty() && isLatin(text.charAt(text.length() - 1)) && isLatin(trimmed.charAt(0))) {
			text.append(' ');
			folded.append(' ');
		}
		text.append(trimmed);
		folded.append(trimmedFolded);
		depth = Brackets.depthAfter(trimmedFolded, depth);
		closed |= endsWithAssignment();
	}

	boolean isComplete() {
		return depth == 0 && !folded.isEmpty() && SENTENCE_ENDS.indexOf(folded.charAt(folded.length() - 1)) >= 0;
	}

	boolean isClosed() {
		return closed;
	}

	void close() {
		closed = true;
	}

	PlanBody.ItemParagraph paragraph() {
		return new PlanBody.ItemParagraph(no, section, text.toString());
	}

	private boolean endsWithAssignment() {
		int end = folded.length() - 1;
		if (depth != 0 || end < 0 || folded.charAt(end) != '）') {
			return false;
		}
		int open = Brackets.openingOf(folded, end);
		return open >= 0 && AssignmentClause.LEAD_WORD.matcher(folded.substring(open, end)).find();
	}

	private static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}
}
