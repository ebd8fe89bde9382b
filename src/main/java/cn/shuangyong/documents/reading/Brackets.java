package cn.shuangyong.documents.reading;

/**
 * Balanced parentheses in a folded text, where （ and ( are one character. Unit names carry their own
 * parentheses (县(市、区), 各乡(镇)), so the group that closes a line is found by counting, never by the nearest
 * opening mark.
 */
final class Brackets {

	private Brackets() {
	}

	/** Where the group closed at {@code close} opens, or -1 when the text never opens it. */
	static int openingOf(CharSequence folded, int close) {
		int depth = 0;
		for (int i = close; i >= 0; i--) {
			char c = folded.charAt(i);
			if (c == '）') {
				depth++;
			}
			else if (c == '（' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** How many groups are still open at the end of the text, {@code openBefore} having been open at its start. */
	static int depthAfter(String folded, int openBefore) {
		int open = openBefore;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c == '（') {
				open++;
			}
			else if (c == '）' && open > 0) {
				open--;
			}
		}
		return open;
	}

	/** The index of the last character that is not a space or a sentence end, or -1. */
	static int lastSignificant(String folded) {
		int i = folded.length() - 1;
		while (i >= 0 && (NoticeLines.isSpace(folded.charAt(i)) || "。；.".indexOf(folded.charAt(i)) >= 0)) {
			i--;
		}
		return i;
	}
}
