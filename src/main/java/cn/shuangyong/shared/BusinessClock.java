package cn.shuangyong.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock that deadlines, colours and coverage are computed against. In demo mode it stands inside the demo year
 * (2020-09-30 by default) and runs on from there, so the 2020 plan shows living work rather than six-year-old red.
 * Security and audit times use the real clock, never this one.
 */
public record BusinessClock(Clock clock) {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}
}
