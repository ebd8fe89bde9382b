package cn.shuangyong.placement;

/** Where a soldier stands in the choice: waiting to be called, passed over (called again at the end), done. */
public enum SoldierState {
	WAITING("待选岗"), PASSED_OVER("过号，最后补选"), CHOSEN("已选岗"), GAVE_UP("放弃"),
	/** Eligible, but chose 自主就业 instead before the choice (退役士兵安置条例 Art. 29); takes no rank. */
	SELF_EMPLOYED("选择自主就业");

	private final String chinese;

	SoldierState(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

	/** Still to be called. */
	public boolean active() {
		return this == WAITING || this == PASSED_OVER;
	}
}
