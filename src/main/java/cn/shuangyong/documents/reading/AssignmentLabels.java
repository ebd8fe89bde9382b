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

	static final Pattern LABEL = Pattern.compile(
			"(牵头单位|牵头部门|主办单位|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参加单位|参与单位|完成时限|时间节点|完成时间|时限要求)：");
	private static final Pattern TRAILING_ENDS = Pattern.compile("[。；，\\s]+$");
	private static final String SEPARATELY = "分别";

	private AssignmentLabels() {
	}

	static boolean present(String folded) {
		Matcher m = LABEL.matcher(folded);
		while (m.find()) {
			if (kindOf(m.group(1)) != Kind.TIME) {
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
			else if (segment.kind() != Kind.TIME) {
				cooperators.addAll(UnitPhrases.split(value));
				role = segment.kind() == Kind.TAKE_PART ? CooperatorRole.TAKE_PART : role;
			}
		}
		return new Assignment(leads, Assignment.modeOf(leads, separately), cooperators, role);
	}

	/** The text with the assignment labels and their values taken out; time labels stay, they are the item's. */
	static String without(String text) {
		StringBuilder kept = new StringBuilder();
		int from = 0;
		for (Segment segment : segments(text)) {
			if (segment.kind() != Kind.TIME) {
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
			String raw = text.substring(found.get(i)[1], end);
			Matcher trailing = TRAILING_ENDS.matcher(Folded.fold(raw));
			String value = NoticeLines.strip(trailing.find() ? raw.substring(0, trailing.start()) : raw);
			Kind kind = kindOf(folded.substring(found.get(i)[0], found.get(i)[1] - 1));
			segments.add(new Segment(kind, value, found.get(i)[0], end));
		}
		return segments;
	}

	private static String stripSeparately(String value) {
		return Folded.fold(value).endsWith(SEPARATELY) ? value.substring(0, value.length() - SEPARATELY.length()) : value;
	}

	private static Kind kindOf(String label) {
		return switch (label) {
			case "牵头单位", "牵头部门", "主办单位", "主责单位" -> Kind.LEAD;
			case "责任单位", "责任部门" -> Kind.RESPONSIBLE;
			case "参加单位", "参与单位" -> Kind.TAKE_PART;
			case "完成时限", "时间节点", "完成时间", "时限要求" -> Kind.TIME;
			default -> Kind.COOPERATE;
		};
	}

	private enum Kind {
		LEAD, RESPONSIBLE, COOPERATE, TAKE_PART, TIME
	}

	private record Segment(Kind kind, String value, int start, int end) {
	}
}
