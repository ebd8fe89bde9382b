package cn.shuangyong.calendar;

import java.util.OptionalInt;

/** A month, day or quarter number as plans write it: in Arabic digits (6, 12) or Chinese numerals (六, 十二, 三十一). */
final class ChineseNumeral {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumeral() {
	}

	/** The number from 0 to 99, or empty when the text is not one. */
	static OptionalInt parse(String text) {
		if (text.isEmpty() || text.length() > 3) {
			return OptionalInt.empty();
		}
		if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalInt.of(Integer.parseInt(text));
		}
		int ten = text.indexOf('十');
		if (ten < 0) {
			return text.length() == 1 ? digit(text) : OptionalInt.empty();
		}
		// 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31
		String tens = text.substring(0, ten);
		String units = text.substring(ten + 1);
		OptionalInt tensDigit = tens.isEmpty() ? OptionalInt.of(1) : digit(tens);
		OptionalInt unitsDigit = units.isEmpty() ? OptionalInt.of(0) : digit(units);
		if (tensDigit.isEmpty() || unitsDigit.isEmpty() || tensDigit.getAsInt() == 0) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(tensDigit.getAsInt() * 10 + unitsDigit.getAsInt());
	}

	private static OptionalInt digit(String text) {
		int value = text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
		return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
	}
}
