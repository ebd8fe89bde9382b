package cn.shuangyong.placement.rules;

/** The level of schooling a post may ask for and a soldier's file records, lowest first. */
public enum Education {
	JUNIOR_MIDDLE("初中"), SENIOR_HIGH("高中（中专、技校）"), JUNIOR_COLLEGE("大专"), BACHELOR("大学本科"),
	POSTGRADUATE("研究生");

	private final String chinese;

	Education(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

	public boolean atLeast(Education other) {
		return compareTo(other) >= 0;
	}
}
