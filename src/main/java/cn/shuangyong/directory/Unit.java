package cn.shuangyong.directory;

import cn.shuangyong.shared.RegionLevel;

/** What other modules know of a unit. */
public record Unit(UnitId id, String name, String shortName, UnitKind kind, RegionCode regionCode) {

	public RegionLevel level() {
		return regionCode.level();
	}
}
