package cn.shuangyong.employment;

/** A unit by id and public name. */
public record UnitRef(long id, String name) {
}
