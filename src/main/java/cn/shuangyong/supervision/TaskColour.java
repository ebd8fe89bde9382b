package cn.shuangyong.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 红黄绿: RED when past its deadline and not signed off; YELLOW when due within the warning days with no report in
 * that time; GREEN otherwise.
 */
public enum TaskColour {

	GREEN, YELLOW, RED;

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static TaskColour of(TaskState state, LocalDate deadline, Instant lastReport, LocalDate signedOffOn, LocalDate today,
			int warningDays) {
		if (state == TaskState.SIGNED_OFF) {
			return GREEN;
		}
		if (today.isAfter(deadline)) {
			return RED;
		}
		LocalDate warnFrom = deadline.minusDays(warningDays);
		boolean reportedLately = lastReport != null && !lastReport.atZone(CHINA).toLocalDate().isBefore(warnFrom);
		return !today.isBefore(warnFrom) && !reportedLately ? YELLOW : GREEN;
	}

	public String messageKey() {
		return "supervision.colour." + name();
	}
}
