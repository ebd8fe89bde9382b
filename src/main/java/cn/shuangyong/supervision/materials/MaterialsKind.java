package cn.shuangyong.supervision.materials;

/** What an office asks units to hand in (材料报送). */
public enum MaterialsKind {

	HALF_YEAR_SUMMARY("半年总结"), ANNUAL_SUMMARY("年终总结"), STATISTICS_FORM("统计报表");

	private final String label;

	MaterialsKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String messageKey() {
		return "tasklife.materials.kind." + name();
	}
}
