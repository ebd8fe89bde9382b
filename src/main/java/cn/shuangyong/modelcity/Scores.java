package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.util.List;

/** Reading a score or a point value as typed: a number from 0 up to a maximum, with at most two decimals. */
final class Scores {

	private Scores() {
	}

	/** The value, or null after adding a problem naming {@code what}; blank gives null without a problem. */
	static BigDecimal parse(String text, BigDecimal max, String what, List<String> problems) {
		if (text == null || text.isBlank()) {
			problems.add("请填写" + what);
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text.strip().replace('．', '.'));
		}
		catch (NumberFormatException e) {
			problems.add(what + "“" + text.strip() + "”不是数字");
			return null;
		}
		if (value.signum() < 0 || value.compareTo(max) > 0) {
			problems.add(what + "须在 0 至 " + plain(max) + " 之间，填写的是 " + plain(value));
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			problems.add(what + "最多保留两位小数");
			return null;
		}
		return value;
	}

	static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}
}
