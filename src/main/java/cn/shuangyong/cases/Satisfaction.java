package cn.shuangyong.cases;

/** What the person said of the outcome when called back: 满意, 基本满意 or 不满意. */
public enum Satisfaction {

	SATISFIED, BASIC, UNSATISFIED;

	public String messageKey() {
		return "cases.satisfaction." + name();
	}
}
