package cn.shuangyong.placement.scoring;

/** What an item's points are counted per. */
public enum ItemUnit {
	YEAR("年"), EACH("次"), MONTH("月"), ONCE("项");

	private final String chinese;

	ItemUnit(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
