package cn.shuangyong.beneficiaries;

import cn.shuangyong.directory.Region;

/**
 * Where a person belongs: their township or village, the county and prefecture above it (kept for roll-ups and
 * scope), and the service station that keeps them. Named residence, not placement: 安置 is the placement module's
 * word (GLOSSARY.md).
 */
record Residence(Region region, long stationUnitId, String stationName) {

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
