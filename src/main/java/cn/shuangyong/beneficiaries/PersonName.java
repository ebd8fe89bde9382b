package cn.shuangyong.beneficiaries;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's name as entered, and the key it is matched by. Names are counted in code points, so 𠮷 (U+20BB7) is one
 * character as people count it (security requirements §3 #24); control and format characters are refused (#29), since
 * PostgreSQL refuses NUL and the others hide in lists and exports.
 */
public final class PersonName {

	static final int MAX_CODE_POINTS = 50;

	/** ·, •, ・, ･ and the like, written for the dot between the parts of a Uyghur or foreign name. */
	private static final Pattern MIDDLE_DOTS = Pattern.compile("[\\u00B7\\u2022\\u2027\\u30FB\\uFF65\\u2219\\u22C5\\u0387]");

	private PersonName() {
	}

	/** The problem with a name, if any, as a Chinese sentence. */
	static Optional<String> problem(String name) {
		if (name == null || name.isBlank()) {
			return Optional.of("姓名为空");
		}
		String text = name.strip();
		Optional<Integer> bad = text.codePoints().filter(PersonName::forbidden).boxed().findFirst();
		if (bad.isPresent()) {
			return Optional.of("姓名含有非法字符（U+%04X）".formatted(bad.get()));
		}
		int length = text.codePointCount(0, text.length());
		if (length > MAX_CODE_POINTS) {
			return Optional.of("姓名过长：最多 " + MAX_CODE_POINTS + " 个字，实际为 " + length + " 个字");
		}
		return Optional.empty();
	}

	/** The matching key: NFKC (full-width letters to half-width) and one kind of middle dot (§3 #23). */
	public static String key(String name) {
		return MIDDLE_DOTS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFKC)).replaceAll("·");
	}

	private static boolean forbidden(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
				|| type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}
}
