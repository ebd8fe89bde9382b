package cn.shuangyong.documents.writing;

/**
 * The numbers of the four heading levels, in the order GB/T 9704-2012 (7.3.3) gives them: 一、 then （一） then 1. then
 * （1）. A heading starts its level's count again below it.
 */
final class HeadingNumbers {

	private static final String DIGITS = "零一二三四五六七八九";

	private final int[] counts = new int[4];

	String next(int level) {
		counts[level - 1]++;
		for (int deeper = level; deeper < counts.length; deeper++) {
			counts[deeper] = 0;
		}
		int n = counts[level - 1];
		return switch (level) {
			case 1 -> chinese(n) + "、";
			case 2 -> "（" + chinese(n) + "）";
			case 3 -> n + ".";
			default -> "（" + n + "）";
		};
	}

	/** 1 to 99 in Chinese numerals: 一, 十, 十一, 二十, 二十一. */
	static String chinese(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
	}
}
