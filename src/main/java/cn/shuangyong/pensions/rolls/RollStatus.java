package cn.shuangyong.pensions.rolls;

/** A roll is worked out again until the county approves it; then it never changes. */
public enum RollStatus {

	GENERATED("已生成，待审批"), APPROVED("已审批");

	private final String chinese;

	RollStatus(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
