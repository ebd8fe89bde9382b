package cn.shuangyong.placement;

/** Whom a round places; an office runs at most one round of each kind a year. */
public enum RoundKind {
	SOLDIERS("退役士兵"), OFFICERS("军队转业干部");

	private final String chinese;

	RoundKind(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
