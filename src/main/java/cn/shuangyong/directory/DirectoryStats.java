package cn.shuangyong.directory;

/** How much of the directory lies in a region subtree. */
public record DirectoryStats(long regions, long units, long stations, long leadingGroups) {
}
