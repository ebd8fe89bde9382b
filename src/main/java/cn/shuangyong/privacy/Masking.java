package cn.shuangyong.privacy;

/**
 * How personal data is shown where the viewer has no right to the plaintext: lists, exports, logs and error reports.
 * The masks are the platform's rule (security requirements F2, common practice for GB/T 35273 display masking): an ID
 * keeps its first 6 and last 4 characters, a mobile its first 3 and last 4 digits, a bank account its last 4 digits,
 * an address its region down to the township. A value too short to keep anything is masked whole. Null masks to "".
 */
public final class Masking {

	private static final char STAR = '*';

	private Masking() {
	}

	/** 530102********1234: the county code and the last four, never the birth date. */
	public static String idNumber(String value) {
		if (value == null) {
			return "";
		}
		String text = value.strip();
		return text.codePointCount(0, text.length()) > 10 ? keep(text, 6, 4) : stars(text);
	}

	/** 138****5678 for a mobile; 0871-****5678 for a landline, whose area code is public. */
	public static String phone(String value) {
		if (value == null) {
			return "";
		}
		String text = value.strip();
		if (text.matches("1\\d{10}")) {
			return keep(text, 3, 4);
		}
		int dash = text.indexOf('-');
		if (dash > 0 && text.length() - dash - 1 > 4) {
			return text.substring(0, dash + 1) + keep(text.substring(dash + 1), 0, 4);
		}
		return text.codePointCount(0, text.length()) > 4 ? keep(text, 0, 4) : stars(text);
	}

	/** ************1234: only the last four digits, as bank statements print them. */
	public static String bankAccount(String value) {
		if (value == null) {
			return "";
		}
		String text = value.replaceAll("\\s", "");
		return text.length() > 4 ? keep(text, 0, 4) : stars(text);
	}

	/** 云南省昆明市五华区华山街道****: the region down to the township; the street and house are hidden. */
	public static String address(String value) {
		return value == null ? "" : AddressMask.mask(value.strip());
	}

	/** The first {@code head} and last {@code tail} code points, one star for each code point between. */
	static String keep(String text, int head, int tail) {
		int length = text.codePointCount(0, text.length());
		if (length <= head + tail) {
			return stars(text);
		}
		int headEnd = text.offsetByCodePoints(0, head);
		int tailStart = text.offsetByCodePoints(0, length - tail);
		return text.substring(0, headEnd) + String.valueOf(STAR).repeat(length - head - tail)
				+ text.substring(tailStart);
	}

	static String stars(String text) {
		return String.valueOf(STAR).repeat(text.codePointCount(0, text.length()));
	}
}
