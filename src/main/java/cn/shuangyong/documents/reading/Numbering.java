package cn.shuangyong.documents.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering at the start of a line, in the order GB/T 9704 gives the levels of an official document:
 * 一、 then （一） then 1. (or 1、) then （1）. Notices skip levels and mix full-width and half-width marks, so the
 * patterns read the folded line.
 */
enum Numbering {

	CHINESE("^([一二三四五六七八九十]{1,3})[、.]\\s*"),
	CHINESE_IN_PARENTHESES("^（([一二三四五六七八九十]{1,3})）[、.]?\\s*"),
	ARABIC("^(\\d{1,4})(?:[、]|\\.(?!\\d))\\s*"),
	ARABIC_IN_PARENTHESES("^（(\\d{1,3})）[、.]?\\s*");

	private final Pattern pattern;

	Numbering(String regex) {
		this.pattern = Pattern.compile(regex);
	}

	/** The numbering that starts the folded line, or null when the line starts with none. */
	static NumberedLine of(String foldedLine) {
		if (foldedLine.isEmpty()) {
			return null;
		}
		char first = foldedLine.charAt(0);
		if (first >= '0' && first <= '9') {
			return ARABIC.read(foldedLine);
		}
		if (first == '（') {
			NumberedLine chinese = CHINESE_IN_PARENTHESES.read(foldedLine);
			return chinese != null ? chinese : ARABIC_IN_PARENTHESES.read(foldedLine);
		}
		return "一二三四五六七八九十".indexOf(first) >= 0 ? CHINESE.read(foldedLine) : null;
	}

	private NumberedLine read(String foldedLine) {
		Matcher m = pattern.matcher(foldedLine);
		if (!m.find()) {
			return null;
		}
		String label = m.group(1);
		return new NumberedLine(this, label, numberValue(label), m.end());
	}

	boolean isAbove(Numbering other) {
		return ordinal() < other.ordinal();
	}

	static int numberValue(String label) {
		if (Character.isDigit(label.charAt(0))) {
			return Integer.parseInt(label);
		}
		int ten = label.indexOf('十');
		if (ten < 0) {
			return digit(label.charAt(0));
		}
		int tens = ten == 0 ? 1 : digit(label.charAt(0));
		int units = ten == label.length() - 1 ? 0 : digit(label.charAt(ten + 1));
		return tens * 10 + units;
	}

	/** Writes 1 to 99 as Chinese numbering does: 一, 十, 十一, 二十, 九十九. */
	static String chinese(int value) {
		String digits = "零一二三四五六七八九";
		if (value < 1 || value > 99) {
			return Integer.toString(value);
		}
		if (value < 10) {
			return String.valueOf(digits.charAt(value));
		}
		String tens = value < 20 ? "十" : digits.charAt(value / 10) + "十";
		return value % 10 == 0 ? tens : tens + digits.charAt(value % 10);
	}

	private static int digit(char c) {
		return "零一二三四五六七八九".indexOf(c);
	}

	/** A line's numbering: its level, the number as written and its value, and where the text after it starts. */
	record NumberedLine(Numbering level, String label, int value, int textStart) {
	}
}
