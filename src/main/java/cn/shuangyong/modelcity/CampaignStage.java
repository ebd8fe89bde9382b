package cn.shuangyong.modelcity;

/**
 * Where a campaign stands. The order is fixed: 自评 → 审核 (by the higher office) → 公示 → 推荐 → 命名; a named city or
 * county is checked yearly and can lose the title (撤销命名). A 公示 that ends without recommendation is final.
 */
public enum CampaignStage {

	SELF_ASSESSMENT("自评"), UNDER_REVIEW("审核"), PUBLIC_NOTICE("公示"), RECOMMENDED("已推荐"),
	NOT_RECOMMENDED("未推荐"), NAMED("已命名"), WITHDRAWN("已撤销命名");

	private final String label;

	CampaignStage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The step of the stepper this stage belongs to, 1 to 5. */
	public int step() {
		return switch (this) {
			case SELF_ASSESSMENT -> 1;
			case UNDER_REVIEW -> 2;
			case PUBLIC_NOTICE -> 3;
			case RECOMMENDED, NOT_RECOMMENDED -> 4;
			case NAMED, WITHDRAWN -> 5;
		};
	}

	/** Past self-assessment, so the reviewer's scores may count. */
	public boolean reviewed() {
		return this != SELF_ASSESSMENT;
	}

	public String messageKey() {
		return "modelcity.stage." + name();
	}
}
