package cn.shuangyong.shared;

/** Administrative levels, each with the length of its short statistics-bureau code. */
public enum RegionLevel {

	PROVINCE(2), PREFECTURE(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

	private final int codeLength;

	RegionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	/** The level of a short code (53, 5323, 532301, …); the one place a code's length means its level. */
	public static RegionLevel ofCode(String shortCode) {
		return ofCodeLength(shortCode.length());
	}

	public static RegionLevel ofCodeLength(int length) {
		for (RegionLevel level : values()) {
			if (level.codeLength == length) {
				return level;
			}
		}
		throw new IllegalArgumentException("行政区划代码应为 2、4、6、9 或 12 位数字，实际为 " + length + " 位");
	}

	/** Message key of the Chinese name (省、州(市)、县(市、区)、乡(镇、街道)、村(社区)). */
	public String messageKey() {
		return "region.level." + name();
	}
}
