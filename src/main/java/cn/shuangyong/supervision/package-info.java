/**
 * Supervision (督查督办) of tasks: one lead's line of work on an item, followed until it is done.
 * <p>
 * This package is what other modules use: opening a task ({@link TaskIssuing}, {@link OpenTask}, {@link TaskSource}),
 * reading and working it ({@link Tasks}, {@link TaskView}, {@link TaskWork}, {@link Extensions}), its events, and the
 * facts the dashboards chart. The rest is internal, by concern: {@code tasklife} (the task aggregate, its store, its
 * opening and reports), {@code attachments}, {@code urging} (the daily escalation, notices and their numbers),
 * {@code targets}, {@code board}, {@code reporting} (bulletins, ledger, assessment and the replay of timelines they
 * count from) and {@code demo} (the demo year).
 */
@org.springframework.modulith.ApplicationModule(displayName = "督查督办",
		allowedDependencies = {"audit", "calendar", "directory", "documents", "documents::reading", "documents::writing", "notifications", "plans", "shared"})
package cn.shuangyong.supervision;
