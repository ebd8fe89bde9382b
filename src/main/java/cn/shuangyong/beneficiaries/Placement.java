package cn.shuangyong.beneficiaries;

import cn.shuangyong.directory.Region;

/**
 * Where a person belongs: their township or village, the county and prefecture above it (kept for roll-ups and
 * scope), and the service station that keeps them.
 */
record Placement(Region region, long stationUnitId, String stationName) {

	String regionCode() {
		return region.code().value();
	}

	String countyCode() {
		return regionCode().substring(0, 6);
	}

	String prefectureCode() {
		return regionCode().substring(0, 4);
	}
}
