package cn.shuangyong.placement.rules;

/** A soldier's sex, and the one a post may be limited to where the law allows it. */
public enum Sex {
	MALE("男"), FEMALE("女");

	private final String chinese;

	Sex(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
