package cn.shuangyong.placement;

/** What happened in the live choice. */
public enum ActionKind {
	STARTED("开始选岗"), CHOSE("选定岗位"), PASSED_OVER("未到场，过号"), GAVE_UP("放弃选岗"), FINISHED("选岗结束");

	private final String chinese;

	ActionKind(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
