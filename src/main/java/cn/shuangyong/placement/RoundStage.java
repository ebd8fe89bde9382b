package cn.shuangyong.placement;

/** A round's life: prepared (people, scores, posts, ranks), then the live choice, then finished. */
public enum RoundStage {
	PREPARING("准备中"), CHOOSING("选岗中"), FINISHED("选岗结束");

	private final String chinese;

	RoundStage(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
