package cn.shuangyong.shared;

import java.util.Optional;

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

	/** The level just above this one; none above the province. */
	public Optional<RegionLevel> above() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	/** The level just below this one; none below the village. */
	public Optional<RegionLevel> below() {
		return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/** True when a region of this level lies below one of {@code other}'s level. */
	public boolean isBelow(RegionLevel other) {
		return compareTo(other) > 0;
	}

	/**
	 * The region of this level that holds the region {@code shortCode} names (for PREFECTURE and 532301: 5323);
	 * refused when that region lies above this level.
	 */
	public String regionOf(String shortCode) {
		if (ofCode(shortCode).compareTo(this) < 0) {
			throw new IllegalArgumentException("行政区划 " + shortCode + " 在" + name() + "级之上");
		}
		return shortCode.substring(0, codeLength);
	}

	/** Message key of the Chinese name (省、州(市)、县(市、区)、乡(镇、街道)、村(社区)). */
	public String messageKey() {
		return "region.level." + name();
	}
}
