/**
 * Supervision (督查督办) of tasks: one lead's line of work on an item, followed until it is done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "督查督办",
		allowedDependencies = {"audit", "calendar", "directory", "documents", "documents::reading", "documents::writing", "notifications", "plans", "shared"})
package cn.shuangyong.supervision;
