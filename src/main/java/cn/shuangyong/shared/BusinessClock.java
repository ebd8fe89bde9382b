package cn.shuangyong.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of the work: deadlines, colours and coverage are computed against it, and what the platform records
 * (a task's steps, reports, notices, objections, deliveries) is stamped with it, so a page never shows a recorded
 * time from another year than its deadlines. In demo mode it stands inside the demo year (2020-09-30 by default) and
 * runs on from there, so the 2020 plan shows living work rather than six-year-old red. The audit log and security
 * (sessions, lockout, one-time codes, tokens, the watermarks that trace who exported personal data when) use the
 * real clock, never this one.
 */
public record BusinessClock(Clock clock) {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	/** The moment to record a business event at. */
	public Instant now() {
		return clock.instant();
	}
}
