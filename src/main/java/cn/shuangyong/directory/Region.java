package cn.shuangyong.directory;

import cn.shuangyong.shared.RegionLevel;

/** One administrative division. */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent) {

	/** The name documents use: 楚雄州 for 楚雄彝族自治州 ({@link RegionShortName}); other names as they are. */
	public String shortName() {
		return RegionShortName.of(name);
	}
}
