package cn.shuangyong.privacy;

/**
 * The 18th character of an ID number (GB 11643-1999, 校验码): ISO 7064:1983 MOD 11-2 over the 17 digits before it.
 * Digit i from the right (the check character being i = 1) has weight 2^(i-1) mod 11; the check character is the
 * value that makes the weighted sum of all 18 equal 1 mod 11, written X when it is 10. This detects every change of
 * one digit and every swap of two adjacent digits.
 */
public final class CheckCharacter {

	/** 2^(i-1) mod 11 for the 17 digits from left to right (i = 18 … 2). */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** The check character for each remainder 0 … 10 of the weighted sum. */
	private static final String BY_REMAINDER = "10X98765432";

	private CheckCharacter() {
	}

	/** @param body the first 17 characters, all ASCII digits */
	public static char of(CharSequence body) {
		if (body.length() != WEIGHTS.length) {
			throw new IllegalArgumentException("本体码应为 17 位数字");
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			char digit = body.charAt(i);
			if (digit < '0' || digit > '9') {
				throw new IllegalArgumentException("本体码应为 17 位数字");
			}
			sum += (digit - '0') * WEIGHTS[i];
		}
		return BY_REMAINDER.charAt(sum % 11);
	}
}
