package cn.shuangyong.directory;

/** A named set of units that a group phrase stands for. */
public record UnitGroup(String code, String name) {
}
