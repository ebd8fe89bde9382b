package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a list of unit phrases as a notice writes it. Units are separated by 、 and, where a text puts them
 * between units, by commas; 和 and 及 never separate (市文化和旅游局, 省及县市有关部门), nor does
 * anything inside parentheses or quotes. A trailing 等…部门 / 等…单位 only says "and others" and is dropped.
 * A level standing alone before 、 (各县、市、区政府, 州、县民政部门) is not a unit: it shares the name that follows,
 * so the levels and that name are one group.
 */
final class UnitPhrases {

	private static final String SEPARATORS = "、，；";
	private static final String OPENING = "（《“‘〈";
	private static final String CLOSING = "）》”’〉";
	private static final Pattern GROUP_WORD = Pattern.compile("(?:部门|单位|机构|组织|力量|方面)$");
	// 等 in 高等, 中等, 同等, 三等功 … is part of a word, not "and others".
	private static final String WORD_BEFORE_ETC = "高中初平同对均上特头优劣次一二三四";
	private static final int MAX_GROUP_WORD_LENGTH = 12;
	// 按职责分工负责 after a list says how the units share the work; it is not part of the last unit's name.
	private static final Pattern BY_DUTIES = Pattern.compile("(?:(?:按|按照|根据)(?:各自)?职责(?:分工)?|各自)负责$");
	// 及 joins two units only when both sides end like a unit's name (市级各有关部门及各县市区政府), never a
	// level and a unit (省及县市有关部门).
	private static final int MIN_UNIT_LENGTH = 3;
	// An administrative level on its own (县, 市, 各区, 乡镇): a part of a group's name, never a unit.
	private static final Pattern BARE_LEVEL = Pattern.compile("^各?[省市州县区乡镇旗盟村]{1,2}$");

	private UnitPhrases() {
	}

	static List<String> split(String whole) {
		Matcher duties = BY_DUTIES.matcher(Folded.fold(whole));
		String text = duties.find() ? whole.substring(0, duties.start()) : whole;
		String folded = Folded.fold(text);
		List<String> units = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i <= folded.length(); i++) {
			char c = i < folded.length() ? folded.charAt(i) : '、';
			if (OPENING.indexOf(c) >= 0) {
				depth++;
			}
			else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
			else if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
				int piece = Math.max(start, folded.lastIndexOf('、', i - 1) + 1);
				if (c == '、' && i < folded.length() && BARE_LEVEL.matcher(folded.substring(piece, i).strip()).matches()) {
					continue;
				}
				String unit = withoutEtc(NoticeLines.strip(text.substring(start, i)));
				if (!unit.isEmpty()) {
					units.addAll(joinedByAnd(unit));
				}
				start = i + 1;
			}
		}
		return units;
	}

	private static List<String> joinedByAnd(String unit) {
		String folded = Folded.fold(unit);
		int and = folded.indexOf('及');
		if (and < MIN_UNIT_LENGTH || folded.length() - and - 1 < MIN_UNIT_LENGTH || folded.indexOf('及', and + 1) >= 0
				|| !endsLikeUnit(folded.substring(0, and)) || !endsLikeUnit(folded)) {
			return List.of(unit);
		}
		return List.of(NoticeLines.strip(unit.substring(0, and)), withoutEtc(NoticeLines.strip(unit.substring(and + 1))));
	}

	static boolean endsLikeUnit(String folded) {
		return !folded.isEmpty() && ItemAssignments.UNIT_ENDINGS.indexOf(folded.charAt(folded.length() - 1)) >= 0;
	}

	static String withoutEtc(String unit) {
		String folded = Folded.fold(unit);
		for (int i = folded.lastIndexOf('等'); i >= 0; i = folded.lastIndexOf('等', i - 1)) {
			if (i > 0 && WORD_BEFORE_ETC.indexOf(folded.charAt(i - 1)) >= 0) {
				continue;
			}
			String rest = folded.substring(i + 1);
			if (rest.isEmpty() || rest.length() <= MAX_GROUP_WORD_LENGTH && GROUP_WORD.matcher(rest).find()) {
				return NoticeLines.strip(unit.substring(0, i));
			}
			return unit;
		}
		return unit;
	}
}
