package cn.shuangyong.supervision.board;

import cn.shuangyong.shared.RegionLevel;

/** The level a task is worked at, from the region of its lead: the province, a prefecture, or a county and below. */
public enum BoardLevel {

	PROVINCE(RegionLevel.PROVINCE, RegionLevel.PROVINCE), PREFECTURE(RegionLevel.PREFECTURE, RegionLevel.PREFECTURE),
	COUNTY(RegionLevel.COUNTY, RegionLevel.VILLAGE);

	private final RegionLevel highest;

	private final RegionLevel lowest;

	BoardLevel(RegionLevel highest, RegionLevel lowest) {
		this.highest = highest;
		this.lowest = lowest;
	}

	/** The SQL condition on a task's region; a region's level shows in the database as its code's length. */
	String condition() {
		return "length(t.region_code) between " + highest.codeLength() + " and " + lowest.codeLength();
	}

	/** The same test in Java, for views worked out in memory ({@link PlanView}). */
	boolean holds(String regionCode) {
		RegionLevel level = RegionLevel.ofCode(regionCode);
		return level.compareTo(highest) >= 0 && level.compareTo(lowest) <= 0;
	}

	public String messageKey() {
		return "board.level." + name();
	}
}
