package cn.shuangyong.schooling;

/** A unit by id and public name. */
public record UnitRef(long id, String name) {
}
