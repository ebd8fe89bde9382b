package cn.shuangyong.placement.rules;

/**
 * How two equal scores are ordered. No national text gives a rule; local practice (an exam-based placement of 2015)
 * puts longer service first, then the older, which is the default; a round may configure another order.
 */
public enum TieBreak {
	LONGER_SERVICE("服役时间长者在前"), OLDER("年龄大者在前");

	private final String chinese;

	TieBreak(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
