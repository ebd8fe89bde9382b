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

	/**
	 * Reads a required text: adds "请填写…" when it is missing, "…不能超过 N 字" when it is too long, "…含有不可见的控制字符"
	 * when it carries one, to the problems of the form; returns the trimmed text.
	 */
	public static String required(String text, String what, int max, java.util.List<String> problems) {
		String value = clean(text);
		if (value.isEmpty()) {
			problems.add("请填写" + what);
		}
		else if (value.codePointCount(0, value.length()) > max) {
			problems.add(what + "不能超过 " + max + " 字");
		}
		else if (hasControl(value)) {
			problems.add(what + "含有不可见的控制字符");
		}
		return value;
	}
}
