package cn.shuangyong.stations;

import java.time.LocalDate;

/**
 * The 五有 record of one office or station: its criteria, evidence, when it was checked and whether confirmed.
 * {@code office} tells a 双拥办 from a service centre or station: only the latter make the service network's coverage.
 */
public record FiveHasRecord(long unitId, String unitName, String regionCode, cn.shuangyong.shared.RegionLevel level,
		boolean office, FiveHas criteria, String evidence, LocalDate checkedOn, boolean confirmed, int version) {

	FiveHasRecord named(String name) {
		return new FiveHasRecord(unitId, name, regionCode, level, office, criteria, evidence, checkedOn, confirmed,
				version);
	}
}
