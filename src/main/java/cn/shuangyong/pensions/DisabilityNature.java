package cn.shuangyong.pensions;

import java.util.Arrays;

import cn.shuangyong.shared.InvalidInputException;

/** 残疾性质: why a disability arose. 因病 carries a pension for grades 1–6 only (军人抚恤优待条例). */
public enum DisabilityNature {

	IN_BATTLE("因战", 10), ON_DUTY("因公", 10), ILLNESS("因病", 6);

	private final String chinese;

	private final int lowestGrade;

	DisabilityNature(String chinese, int lowestGrade) {
		this.chinese = chinese;
		this.lowestGrade = lowestGrade;
	}

	public String chinese() {
		return chinese;
	}

	/** The lowest grade (the highest number) that carries a pension for this nature. */
	public int lowestGrade() {
		return lowestGrade;
	}

	public boolean carriesGrade(int grade) {
		return grade >= 1 && grade <= lowestGrade;
	}

	/** The nature a code or Chinese name names; a 400 naming the accepted ones otherwise. */
	public static DisabilityNature of(String text, String where) {
		String given = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter(n -> n.name().equalsIgnoreCase(given) || n.chinese.equals(given))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(where + "的残疾性质「" + given
					+ "」不存在：应为 IN_BATTLE（因战）、ON_DUTY（因公）或 ILLNESS（因病）"));
	}
}
