package cn.shuangyong.privacy;

import java.text.Normalizer;
import java.util.regex.Pattern;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A mainland phone number: an 11-digit mobile (13x to 19x) or a landline with its area code, kept as
 * {@code 0871-12345678}. Personal data: {@link #toString()} masks it, the digits come only from {@link #value()}.
 * Area codes are 010 and 02x (three digits) or 0 and three more digits; a subscriber number has 7 or 8 digits and
 * does not start with 0 or 1 (工业和信息化部《电信网编号计划（2017年版）》).
 *
 * @param value personal data: 11 digits, or area code, hyphen and subscriber number
 */
public record PhoneNumber(String value) {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("(010|02\\d|0[3-9]\\d{2})-[2-9]\\d{6,7}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Cf}\\-()（）]");

	public PhoneNumber {
		if (value == null || !(MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches())) {
			throw new InvalidInputException(
					"电话号码格式不对：应为 11 位手机号码，或带区号的固定电话（如 0871-12345678）");
		}
	}

	/**
	 * Reads a number as people write it: full-width digits, spaces, hyphens and brackets are allowed, a mobile may
	 * carry +86 or 0086 in front. Each problem is a Chinese sentence that names what is wrong.
	 */
	public static PhoneNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("电话号码为空");
		}
		String digits = SEPARATORS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
		digits = digits.replaceFirst("^(\\+86|0086)(?=1)", "");
		digits.codePoints().filter(c -> c < '0' || c > '9').findFirst().ifPresent(c -> {
			throw new InvalidInputException("电话号码含有非法字符“" + shown(c) + "”");
		});
		if (digits.startsWith("1")) {
			if (digits.length() != 11) {
				throw new InvalidInputException("手机号码应为 11 位，实际为 " + digits.length() + " 位");
			}
			return new PhoneNumber(digits);
		}
		if (!digits.startsWith("0")) {
			throw new InvalidInputException("固定电话须带区号，如 0871-12345678");
		}
		int areaLength = digits.startsWith("010") || digits.startsWith("02") ? 3 : 4;
		if (digits.length() < areaLength + 7 || digits.length() > areaLength + 8) {
			int subscriber = Math.max(0, digits.length() - areaLength);
			throw new InvalidInputException("固定电话除区号外应为 7 或 8 位，实际为 " + subscriber + " 位");
		}
		char first = digits.charAt(areaLength);
		if (first == '0' || first == '1') {
			throw new InvalidInputException("固定电话区号后的号码不能以 " + first + " 开头");
		}
		return new PhoneNumber(digits.substring(0, areaLength) + "-" + digits.substring(areaLength));
	}

	public boolean isMobile() {
		return !value.contains("-");
	}

	/** 138****5678 or 0871-****5678: safe for logs and lists. */
	@Override
	public String toString() {
		return Masking.phone(value);
	}

	private static String shown(int codePoint) {
		return Character.isISOControl(codePoint) ? String.format("U+%04X", codePoint) : Character.toString(codePoint);
	}
}
