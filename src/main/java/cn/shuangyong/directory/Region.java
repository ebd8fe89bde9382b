package cn.shuangyong.directory;

import cn.shuangyong.shared.RegionLevel;

/** One administrative division. */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent) {
}
