/**
 * Supervision (督查督办) of tasks: one lead's line of work on an item, followed until it is done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "督查督办")
package cn.shuangyong.supervision;
