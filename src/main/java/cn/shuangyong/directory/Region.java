package cn.shuangyong.directory;

/** One administrative division. */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent) {
}
