package cn.shuangyong.supervision;

/** The tasks of a published plan have been opened. */
public record TasksOpened(long planId) {
}
