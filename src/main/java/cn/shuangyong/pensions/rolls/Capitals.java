package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Chinese capitals (人民币大写), as a payment document writes it beside the figures so that neither can
 * be altered alone: 6,577.50 is 陆仟伍佰柒拾柒元伍角整.
 */
final class Capitals {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] SMALL = { "", "拾", "佰", "仟" };

	private static final String[] LARGE = { "", "万", "亿", "万亿" };

	private Capitals() {
	}

	static String of(BigDecimal amount) {
		BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
		if (fen.signum() < 0) {
			return "负" + of(amount.negate());
		}
		long all = fen.longValueExact();
		long yuan = all / 100;
		int jiao = (int) (all / 10 % 10);
		int cents = (int) (all % 10);
		StringBuilder text = new StringBuilder();
		if (yuan > 0) {
			text.append(integer(yuan)).append('元');
		}
		if (jiao == 0 && cents == 0) {
			return (text.isEmpty() ? "零元" : text) + "整";
		}
		if (jiao > 0) {
			text.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (yuan > 0) {
			text.append('零');
		}
		if (cents > 0) {
			text.append(DIGITS.charAt(cents)).append('分');
		}
		else {
			text.append('整');
		}
		return text.toString();
	}

	/** A whole number in capitals, groups of four digits with 万 and 亿, a 零 for each run of zeros inside. */
	private static String integer(long n) {
		StringBuilder text = new StringBuilder();
		int group = 0;
		boolean zeroPending = false;
		while (n > 0) {
			int part = (int) (n % 10000);
			if (part > 0) {
				String words = group(part) + LARGE[group];
				if (zeroPending) {
					words += "零";
				}
				text.insert(0, words);
				zeroPending = part < 1000;
			}
			else {
				zeroPending = text.length() > 0;
			}
			n /= 10000;
			group++;
		}
		String result = text.toString();
		return result.endsWith("零") ? result.substring(0, result.length() - 1) : result;
	}

	private static String group(int part) {
		StringBuilder text = new StringBuilder();
		boolean zero = false;
		for (int i = 3; i >= 0; i--) {
			int d = part / (int) Math.pow(10, i) % 10;
			if (d == 0) {
				zero = text.length() > 0;
			}
			else {
				if (zero) {
					text.append('零');
					zero = false;
				}
				text.append(DIGITS.charAt(d)).append(SMALL[i]);
			}
		}
		return text.toString();
	}
}
