package cn.shuangyong.duallist;

/** The level of a list, from its office's region: 2 digits a province, 4 a prefecture, 6 a county. */
public enum ListLevel {

	PROVINCE, PREFECTURE, COUNTY;

	static ListLevel of(String regionCode) {
		return switch (regionCode.length()) {
			case 2 -> PROVINCE;
			case 4 -> PREFECTURE;
			case 6 -> COUNTY;
			default -> throw new IllegalArgumentException("双清单只在省、州（市）、县（市、区）三级建立");
		};
	}

	public String messageKey() {
		return "duallist.level." + name();
	}
}
