package cn.shuangyong.activities;

/** A kind of activity, as the provincial office names it: a code that stays and a name that people read. */
public record ActivityKind(String code, String name) {
}
