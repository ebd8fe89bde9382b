package cn.shuangyong.pensions;

/** The national standard, or a province's top-up paid on top of it (县级以上人民政府可以增发, 2024 条例 Art. 31). */
public enum StandardLayer {

	NATIONAL("国家标准"), TOP_UP("省增发");

	private final String chinese;

	StandardLayer(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
