package cn.shuangyong.documents.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an assignment clause such as 市教育局、市人武部分别牵头，市财政局等相关部门配合: the units before
 * the lead word lead, the units before the role word at the end cooperate. 分别牵头 gives each lead its own line of
 * work; several units before one 牵头 lead jointly. 参加 and 参与 ask the units to take part, every other role word
 * (配合, 协助, 协办) to cooperate.
 */
final class AssignmentClause {

	/** The words that make the units before them leads; 分别 before them makes each lead its own line. */
	static final String LEAD_WORDS = "牵头负责|牵头|负责|主责|主办";
	/** The words that make the units before them cooperators, and the adverbs notices put before them. */
	static final String ROLE_WORDS = "配合|参加|参与|协助|协办";
	static final String ROLE_ADVERBS = "具体|积极|共同|协同|全力|密切|主动";
	static final Pattern LEAD_WORD = Pattern.compile("(分别)?(?:" + LEAD_WORDS + ")");
	private static final Pattern LEAD_PREFIX = Pattern.compile("^(?:具体工作|此项工作|该项工作)?由");
	private static final Pattern LEAD_SUFFIX = Pattern.compile("(?:共同|联合|(?:按|按照|根据)(?:各自)?职责(?:分工)?|各自)$");
	// 按职责分工负责 and 各自负责 say what 分别 says: each lead answers for its own part.
	private static final Pattern SEPARATE_DUTIES = Pattern.compile("职责|各自");
	private static final Pattern ROLE = Pattern.compile(
			"(?:" + ROLE_ADVERBS + "|负责)?(" + ROLE_WORDS + ")(?:落实|实施|完成|推进|做好|工作)?$");
	// X牵头，Y按职责分工负责: beside a named lead, the units that answer for their own part cooperate.
	private static final Pattern ALSO_RESPONSIBLE = Pattern.compile(
			"(?:(?:按|按照|根据)(?:各自)?职责(?:分工)?|各自|分别|共同|具体)?负责(?:落实|实施)?$");
	private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[，；、：\\s]+");
	private static final Pattern TRAILING_ENDS = Pattern.compile("[。；，\\s]+$");

	private AssignmentClause() {
	}

	/** The assignment the clause states, or {@link Assignment#NONE} when it names no unit in a role. */
	static Assignment read(String clause) {
		String folded = Folded.fold(clause);
		if (AssignmentLabels.present(folded)) {
			return AssignmentLabels.read(clause);
		}
		List<String> leads = List.of();
		boolean separately = false;
		String rest = clause;
		Matcher lead = LEAD_WORD.matcher(folded);
		if (lead.find()) {
			String before = clause.substring(0, lead.start());
			leads = UnitPhrases.split(leadPart(before));
			separately = lead.group(1) != null || SEPARATE_DUTIES.matcher(suffixOf(before)).find();
			rest = clause.substring(lead.end());
		}
		rest = trimmed(rest);
		Matcher role = ROLE.matcher(Folded.fold(rest));
		Matcher alsoResponsible = ALSO_RESPONSIBLE.matcher(Folded.fold(rest));
		if (!role.find() && !leads.isEmpty() && alsoResponsible.find() && alsoResponsible.start() > 0) {
			return new Assignment(leads, Assignment.modeOf(leads, separately),
					UnitPhrases.split(rest.substring(0, alsoResponsible.start())), CooperatorRole.COOPERATE);
		}
		if (!role.find(0)) {
			return new Assignment(leads, Assignment.modeOf(leads, separately), List.of(), null);
		}
		List<String> cooperators = UnitPhrases.split(rest.substring(0, role.start()));
		return new Assignment(leads, Assignment.modeOf(leads, separately), cooperators,
				Assignment.roleOf(role.group(1)));
	}

	private static String leadPart(String text) {
		String part = text.substring(prefixEnd(text));
		return part.substring(0, part.length() - suffixOf(part).length());
	}

	/** What stands between the lead units and the lead word: 共同, 按职责分工 …, or "". */
	private static String suffixOf(String text) {
		Matcher suffix = LEAD_SUFFIX.matcher(Folded.fold(text));
		return suffix.find() ? text.substring(suffix.start()) : "";
	}

	private static int prefixEnd(String text) {
		Matcher prefix = LEAD_PREFIX.matcher(Folded.fold(text));
		return prefix.find() ? prefix.end() : 0;
	}

	private static String trimmed(String text) {
		String folded = Folded.fold(text);
		Matcher leading = LEADING_SEPARATORS.matcher(folded);
		int start = leading.find() ? leading.end() : 0;
		Matcher trailing = TRAILING_ENDS.matcher(folded);
		int end = trailing.find(start) ? trailing.start() : folded.length();
		return text.substring(start, Math.max(start, end));
	}
}
