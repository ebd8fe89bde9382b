package cn.shuangyong.documents.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an item states its assignment, in the order notices use: a parenthesis closing the item
 * （X牵头，Y配合）, labels (牵头单位：X), or a sentence (具体工作由X负责，Y配合 / X牵头，Y配合。). A sentence counts only
 * when the words before the lead word end like a unit's name and the role word closes its clause, so an item that
 * begins 配合驻地部队… does not make 驻地部队 a cooperator.
 */
final class ItemAssignments {

	private static final Pattern ASSIGNMENT_WORD = Pattern.compile(
			AssignmentClause.LEAD_WORDS + "|" + AssignmentClause.ROLE_WORDS);
	private static final String LEAD = "(分别)?(?:" + AssignmentClause.LEAD_WORDS + ")";
	private static final String COOPERATION = "(?:[，；]([^，。；：]{2,80}?)(?:" + AssignmentClause.ROLE_ADVERBS + ")?("
			+ AssignmentClause.ROLE_WORDS + ")(?:落实|实施)?(?=[。；，]|$))?";
	private static final Pattern BY_SENTENCE = Pattern.compile(
			"(?<![自理缘经])由(?!于)([^，。；：由]{2,40}?)" + LEAD + COOPERATION);
	private static final Pattern CLOSING_SENTENCE = Pattern.compile(
			"\\s*([^，。；：]{2,40}?)" + LEAD + COOPERATION + "[。；\\s]*");
	// An organ named without its owner (由办公室负责抓好…) is each addressee's own, never a unit of the plan.
	private static final Pattern OWN_ORGAN = Pattern.compile("(?:本|各)?(?:单位)?(?:办公室|办公厅|单位|部门|专班)");
	// Unit names end in 部, 厅, 局, 委, 办, 组, 单位, 部门, 政府, 中心, 街道 … (their last character is enough).
	static final String UNIT_ENDINGS = "部厅局委办会院署队区府组站心门位关所馆社团联州市县乡镇村道地处室科股司校营连军";

	private ItemAssignments() {
	}

	static Located locate(String text) {
		String folded = Folded.fold(text);
		Located closing = closingParenthesis(text, folded);
		if (closing != null) {
			return closing;
		}
		if (AssignmentLabels.present(folded)) {
			return new Located(AssignmentLabels.read(text), AssignmentLabels.without(text), WorkItemDraft.Source.LABEL);
		}
		return new Located(sentence(text, folded), text, WorkItemDraft.Source.SENTENCE);
	}

	private static Located closingParenthesis(String text, String folded) {
		int close = Brackets.lastSignificant(folded);
		if (close < 0 || folded.charAt(close) != '）' && folded.charAt(close) != '〕') {
			return null;
		}
		// 〔责任单位：…〕 never nests, and 〔 also opens the years of document numbers cited inside it.
		int open = folded.charAt(close) == '〕' ? folded.lastIndexOf('〔', close) : Brackets.openingOf(folded, close);
		if (open < 0) {
			return null;
		}
		String inside = folded.substring(open, close);
		if (!ASSIGNMENT_WORD.matcher(inside).find() && !AssignmentLabels.present(inside)) {
			return null;
		}
		Assignment assignment = AssignmentClause.read(text.substring(open + 1, close));
		if (assignment.isEmpty()) {
			return null;
		}
		String rest = NoticeLines.strip(text.substring(0, open) + text.substring(close + 1));
		return new Located(assignment, rest, WorkItemDraft.Source.PARENTHESIS);
	}

	private static Assignment sentence(String text, String folded) {
		Matcher by = BY_SENTENCE.matcher(folded);
		while (by.find()) {
			if (endsLikeUnit(folded, by.end(1)) && !OWN_ORGAN.matcher(by.group(1)).matches()) {
				return fromSentence(text, by);
			}
		}
		Matcher closing = CLOSING_SENTENCE.matcher(folded).region(lastSentenceStart(folded), folded.length());
		if (closing.matches() && endsLikeUnit(folded, closing.end(1))) {
			return fromSentence(text, closing);
		}
		return Assignment.NONE;
	}

	/** Where the item's last sentence starts: after the last 。 or ； that does not end the item. */
	private static int lastSentenceStart(String folded) {
		int end = Brackets.lastSignificant(folded);
		for (int i = end; i >= 0; i--) {
			char c = folded.charAt(i);
			if (c == '。' || c == '；') {
				return i + 1;
			}
		}
		return 0;
	}

	private static Assignment fromSentence(String text, Matcher m) {
		List<String> leads = UnitPhrases.split(text.substring(m.start(1), m.end(1)));
		LeadMode mode = Assignment.modeOf(leads, m.group(2) != null);
		if (m.group(3) == null) {
			return new Assignment(leads, mode, List.of(), null);
		}
		List<String> cooperators = UnitPhrases.split(text.substring(m.start(3), m.end(3)));
		return new Assignment(leads, mode, cooperators, Assignment.roleOf(m.group(4)));
	}

	private static boolean endsLikeUnit(String folded, int end) {
		return end > 0 && UNIT_ENDINGS.indexOf(folded.charAt(end - 1)) >= 0;
	}

	/** The assignment an item states, the item's text without it, and where the assignment was written. */
	record Located(Assignment assignment, String text, WorkItemDraft.Source source) {
	}
}
