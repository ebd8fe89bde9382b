package cn.shuangyong.supervision;

/** The level a task is worked at, from the region of its lead: the province, a prefecture, or a county and below. */
public enum BoardLevel {

	PROVINCE("length(t.region_code) = 2"), PREFECTURE("length(t.region_code) = 4"), COUNTY("length(t.region_code) >= 6");

	private final String condition;

	BoardLevel(String condition) {
		this.condition = condition;
	}

	String condition() {
		return condition;
	}

	public String messageKey() {
		return "board.level." + name();
	}
}
