package cn.shuangyong.supervision.tasklife;

/** The tasks of a published plan have been opened. */
public record TasksOpened(long planId) {
}
