package cn.shuangyong.documents.reading;

/**
 * The level a target's counts apply to, written after 各 or 每(个) at the start of its clause: 各县市 → 县市,
 * 每个县（市、区） → 县（市、区）, 各成员单位 → 成员单位.
 */
record Per(String name, int end) {

	private static final String[] LEADS = { "每个", "各", "每" };
	private static final String[] LEVELS = { "成员单位", "社区", "街道", "单位", "部门", "州", "市", "县", "区", "乡", "镇", "村", "省" };

	static Per at(String text, String folded, int clauseStart) {
		int i = clauseStart;
		while (i < folded.length() && NoticeLines.isSpace(folded.charAt(i))) {
			i++;
		}
		String lead = leadAt(folded, i);
		if (lead == null) {
			return new Per(null, i);
		}
		int start = i + lead.length();
		int end = levelsEnd(folded, start);
		return end == start ? new Per(null, clauseStart) : new Per(text.substring(start, end), end);
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
