package cn.shuangyong.pensions.rating;

import java.util.Arrays;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The three kinds of rating (伤残抚恤管理办法 Art. 5, 退役军人事务部令第1号): 新办 within three years of the injury, 补办 later,
 * and 调整 of an existing grade, at least one year after the previous rating.
 */
public enum RatingKind {

	NEW("新办"), LATE("补办"), ADJUST("调整");

	private final String chinese;

	RatingKind(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

	public static RatingKind of(String text) {
		String given = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(given) || k.chinese.equals(given))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(
					"评残类别「" + given + "」不存在：应为 NEW（新办）、LATE（补办）或 ADJUST（调整）"));
	}
}
