package cn.shuangyong.shared;

/**
 * Free text typed into a form or an API body: trimmed for storage; control characters other than line breaks and
 * tabs are refused with a message, never stored (PostgreSQL would reject a NUL as a server error).
 */
public final class FreeText {

	private FreeText() {
	}

	public static String clean(String text) {
		return text == null ? "" : text.strip();
	}

	public static boolean hasControl(String text) {
		return text != null
				&& text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
	}

	/** True when the text, trimmed, is present, at most {@code max} characters long and free of control characters. */
	public static boolean fits(String text, int max) {
		String clean = clean(text);
		return !clean.isEmpty() && clean.codePointCount(0, clean.length()) <= max && !hasControl(text);
	}
}
