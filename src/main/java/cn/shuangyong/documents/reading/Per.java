package cn.shuangyong.documents.reading;

/**
 * The level a target's counts apply to, written after 各 or 每(个) in its clause, before the minimum: 各县市 → 县市,
 * 每个县（市、区） → 县（市、区）, 各成员单位 → 成员单位, 每个区、县 → 区、县. A place may come first (某市四区每个社区):
 * the level is the first 各 or 每 that a level word follows.
 */
record Per(String name, int end) {

	private static final String[] LEADS = { "每个", "各", "每" };
	private static final String[] LEVELS = { "成员单位", "居委会", "村委会", "社区", "街道", "单位", "部门", "州", "市", "县",
			"区", "乡", "镇", "村", "省" };

	/** The level named between the clause's start and {@code before}; when none, the clause's first non-space. */
	static Per at(String text, String folded, int clauseStart, int before) {
		int first = clauseStart;
		while (first < before && NoticeLines.isSpace(folded.charAt(first))) {
			first++;
		}
		for (int i = first; i < before; i++) {
			String lead = leadAt(folded, i);
			if (lead == null) {
				continue;
			}
			int start = i + lead.length();
			int end = levelsEnd(folded, start);
			if (end > start && end <= before) {
				return new Per(text.substring(start, end), end);
			}
		}
		return new Per(null, first);
	}

	TargetScope scope() {
		return TargetScope.of(name);
	}

	private static String leadAt(String folded, int i) {
		for (String lead : LEADS) {
			if (folded.startsWith(lead, i)) {
				return lead;
			}
		}
		return null;
	}

	private static int levelsEnd(String folded, int from) {
		int i = from;
		while (i < folded.length()) {
			int next = levelAt(folded, i);
			// A list of levels: 每个区、县.
			if (next == i && i > from && folded.charAt(i) == '、' && i + 1 < folded.length()
					&& levelAt(folded, i + 1) > i + 1) {
				next = levelAt(folded, i + 1);
			}
			if (next == i) {
				return i;
			}
			i = next;
		}
		return i;
	}

	/** The end of the level word or parenthesised levels (（市、区）) at {@code i}, or {@code i} when none is there. */
	private static int levelAt(String folded, int i) {
		if (folded.charAt(i) == '（') {
			int close = folded.indexOf('）', i);
			if (close > i + 1 && levelsOrCommas(folded, i + 1, close)) {
				return close + 1;
			}
			return i;
		}
		for (String level : LEVELS) {
			if (folded.startsWith(level, i)) {
				return i + level.length();
			}
		}
		return i;
	}

	private static boolean levelsOrCommas(String folded, int from, int to) {
		int i = from;
		while (i < to) {
			if (folded.charAt(i) == '、') {
				i++;
				continue;
			}
			int next = levelAt(folded, i);
			if (next == i || next > to) {
				return false;
			}
			i = next;
		}
		return true;
	}
}
