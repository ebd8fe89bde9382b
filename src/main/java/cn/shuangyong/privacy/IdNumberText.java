package cn.shuangyong.privacy;

import java.text.Normalizer;

/**
 * An ID number as typed or pasted, made comparable: NFKC turns full-width digits and Ｘ into ASCII; spaces of every
 * kind (also U+3000 and no-break spaces) and invisible format characters (zero-width space, byte-order mark, bidi
 * marks) are removed wherever they stand, as people group the digits and spreadsheets carry such characters along;
 * a lower-case x at the end becomes X. Everything else is left for the rules to reject.
 */
final class IdNumberText {

	private IdNumberText() {
	}

	static String normalise(String raw) {
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(c -> !ignorable(c)).forEach(out::appendCodePoint);
		int last = out.length() - 1;
		if (last >= 0 && out.charAt(last) == 'x') {
			out.setCharAt(last, 'X');
		}
		return out.toString();
	}

	private static boolean ignorable(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT;
	}

	/** A character as a message may show it: invisible and control characters by their code. */
	static String shown(int codePoint) {
		return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
				? String.format("U+%04X", codePoint) : Character.toString(codePoint);
	}
}
