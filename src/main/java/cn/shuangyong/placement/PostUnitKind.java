package cn.shuangyong.placement;

/** The employers that offer posts to soldiers placed by 安排工作 (退役军人安置条例 Art. 26). */
public enum PostUnitKind {
	PUBLIC_INSTITUTION("事业单位"), STATE_ENTERPRISE("国有企业");

	private final String chinese;

	PostUnitKind(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
