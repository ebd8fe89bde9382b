package cn.shuangyong.modelcity;

/** The levels of the indicator tree: 考评项目 (area), 考评内容 (indicator, scored), 评分要素 (sub-point of an indicator). */
public enum NodeKind {

	AREA, INDICATOR, SUBPOINT;

	public String messageKey() {
		return "modelcity.node." + name();
	}

	NodeKind child() {
		return switch (this) {
			case AREA -> INDICATOR;
			case INDICATOR -> SUBPOINT;
			case SUBPOINT -> throw new cn.shuangyong.shared.InvalidInputException("评分要素下不能再添加下级");
		};
	}
}
