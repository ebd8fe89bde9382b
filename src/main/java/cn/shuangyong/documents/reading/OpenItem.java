package cn.shuangyong.documents.reading;

/**
 * An item being read line by line. It keeps the text as written and its folded view side by side, and how many
 * parentheses are still open, so that it can tell when its sentence is finished and when a closing assignment
 * （…牵头，…配合） has ended it.
 */
final class OpenItem {

	private static final String SENTENCE_ENDS = "。！？）";
	private static final String PUNCTUATION = "，。；：！？（）";

	private final String no;
	private final String section;
	private final String sectionLead;
	private boolean cut;
	private final StringBuilder text = new StringBuilder();
	private final StringBuilder folded = new StringBuilder();
	private int depth;
	private boolean closed;
	private int lengthBeforeLastLine;
	private boolean completeBeforeLastLine;

	OpenItem(String no, String section, String sectionLead) {
		this.no = no;
		this.section = section;
		this.sectionLead = sectionLead;
	}

	/** The text stops inside this item: the page or the excerpt ended before its sentence did. */
	void cutByTheEnd() {
		cut = true;
	}

	void add(String line) {
		String trimmed = NoticeLines.strip(line);
		if (trimmed.isEmpty()) {
			return;
		}
		String trimmedFolded = Folded.fold(trimmed);
		lengthBeforeLastLine = text.length();
		completeBeforeLastLine = isComplete();
		boolean latinMeets = !text.isEmpty() && NoticeLines.isLatin(text.charAt(text.length() - 1))
				&& NoticeLines.isLatin(trimmed.charAt(0));
		if (latinMeets) {
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

	/**
	 * Takes back the last line when it is the issuer's signature above the issuing date: a line without
	 * punctuation after a finished sentence.
	 */
	void dropSignature() {
		String last = folded.substring(lengthBeforeLastLine);
		boolean unpunctuated = last.chars().noneMatch(c -> PUNCTUATION.indexOf(c) >= 0);
		if (completeBeforeLastLine && unpunctuated && lengthBeforeLastLine > 0) {
			text.setLength(lengthBeforeLastLine);
			folded.setLength(lengthBeforeLastLine);
		}
	}

	boolean isClosed() {
		return closed;
	}

	void close() {
		closed = true;
	}

	PlanBody.ItemParagraph paragraph() {
		return new PlanBody.ItemParagraph(no, section, text.toString(), sectionLead, cut);
	}

	private boolean endsWithAssignment() {
		int end = folded.length() - 1;
		if (depth != 0 || end < 0 || folded.charAt(end) != '）') {
			return false;
		}
		int open = Brackets.openingOf(folded, end);
		return open >= 0 && AssignmentClause.LEAD_WORD.matcher(folded.substring(open, end)).find();
	}
}
