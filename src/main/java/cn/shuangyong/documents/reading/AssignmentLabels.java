package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads assignments written as labels, on lines of their own or in a table turned into lines:
 * 牵头单位：X、Y and 责任单位：Z. Task tables put the units that carry the work out under 责任单位 beside a 牵头单位
 * column, so 责任单位 cooperates when a lead is named and leads when none is.
 */
final class AssignmentLabels {

	// A qualifier before 单位 or 部门 belongs to the label (协同责任单位), so it never stays behind on the unit before.
	static final Pattern LABEL = Pattern.compile("((?:牵头责任|牵头负责|主要责任|协同责任|其他责任|牵头|主办|主责|责任|配合|协办|协同|"
			+ "协作|参加|参与|承办)(?:单位|部门)|完成时限|时间节点|完成时间|时限要求|时间|(?:分管|牵头|责任|牵头负责)[市县区州]?领导)：");
	private static final Pattern TRAILING_ENDS = Pattern.compile("[。；，\\s]+$");
	private static final String SEPARATELY = "分别";

	private AssignmentLabels() {
	}

	static boolean present(String folded) {
		Matcher m = LABEL.matcher(folded);
		while (m.find()) {
			if (kindOf(m.group(1)).assigns()) {
				return true;
			}
		}
		return false;
	}

	static Assignment read(String text) {
		List<Segment> segments = segments(text);
		boolean leadNamed = segments.stream().anyMatch(s -> s.kind() == Kind.LEAD);
		List<String> leads = new ArrayList<>();
		List<String> cooperators = new ArrayList<>();
		boolean separately = false;
		CooperatorRole role = CooperatorRole.COOPERATE;
		for (Segment segment : segments) {
			String value = segment.value();
			boolean leading = segment.kind() == Kind.LEAD || segment.kind() == Kind.RESPONSIBLE && !leadNamed;
			if (leading) {
				separately |= Folded.fold(value).endsWith(SEPARATELY);
				leads.addAll(UnitPhrases.split(stripSeparately(value)));
			}
			else if (segment.kind().assigns()) {
				cooperators.addAll(UnitPhrases.split(value));
				role = segment.kind() == Kind.TAKE_PART ? CooperatorRole.TAKE_PART : role;
			}
		}
		return new Assignment(leads, Assignment.modeOf(leads, separately), cooperators, role);
	}

	/**
	 * The text with the assignment labels and their values taken out; time labels stay, they are the item's, and so
	 * do the leaders a notice names (分管领导), which are a note for the reviewer and never a unit.
	 */
	static String without(String text) {
		StringBuilder kept = new StringBuilder();
		int from = 0;
		for (Segment segment : segments(text)) {
			if (segment.kind().assigns()) {
				kept.append(text, from, segment.start());
				from = segment.end();
			}
		}
		return NoticeLines.strip(kept.append(text.substring(from)).toString());
	}

	private static List<Segment> segments(String text) {
		String folded = Folded.fold(text);
		Matcher m = LABEL.matcher(folded);
		List<Segment> segments = new ArrayList<>();
		List<int[]> found = new ArrayList<>();
		while (m.find()) {
			found.add(new int[] { m.start(), m.end() });
		}
		for (int i = 0; i < found.size(); i++) {
			int end = i + 1 < found.size() ? found.get(i + 1)[0] : text.length();
			// A value ends with its sentence: what follows a full stop is the item's text again, or a note.
			int stop = sentenceEnd(folded, found.get(i)[1], end);
			end = stop < end ? stop + 1 : end;
			String raw = text.substring(found.get(i)[1], Math.min(stop, end));
			Matcher trailing = TRAILING_ENDS.matcher(Folded.fold(raw));
			String value = NoticeLines.strip(trailing.find() ? raw.substring(0, trailing.start()) : raw);
			Kind kind = kindOf(folded.substring(found.get(i)[0], found.get(i)[1] - 1));
			segments.add(new Segment(kind, value, found.get(i)[0], end));
		}
		return segments;
	}

	private static int sentenceEnd(String folded, int from, int to) {
		for (int i = from; i < to; i++) {
			if (folded.charAt(i) == '。' || folded.charAt(i) == '；') {
				return i;
			}
		}
		return to;
	}

	private static String stripSeparately(String value) {
		return Folded.fold(value).endsWith(SEPARATELY) ? value.substring(0, value.length() - SEPARATELY.length()) : value;
	}

	/** Any label with 牵头 leads, as do 主办, 主责 and 主要责任; 参加 and 参与 take part; 承办, 协办, 协同 cooperate. */
	private static Kind kindOf(String label) {
		if (label.endsWith("领导")) {
			return Kind.NOTE;
		}
		if (!label.endsWith("单位") && !label.endsWith("部门")) {
			return Kind.TIME;
		}
		if (label.contains("牵头") || label.startsWith("主")) {
			return Kind.LEAD;
		}
		if (label.startsWith("责任")) {
			return Kind.RESPONSIBLE;
		}
		return label.startsWith("参") ? Kind.TAKE_PART : Kind.COOPERATE;
	}

	private enum Kind {
		LEAD, RESPONSIBLE, COOPERATE, TAKE_PART, TIME, NOTE;

		boolean assigns() {
			return this != TIME && this != NOTE;
		}
	}

	private record Segment(Kind kind, String value, int start, int end) {
	}
}
