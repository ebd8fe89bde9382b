package cn.shuangyong.placement.scoring;

/**
 * Where an item's value comes from: the published text, a secondary source only, or nowhere yet, so that the province
 * must set it before the method can score with it.
 */
public enum ItemBasis {
	PUBLISHED("已公布"), SECONDARY("二手来源"), TO_BE_SET("待省级确定");

	private final String chinese;

	ItemBasis(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
