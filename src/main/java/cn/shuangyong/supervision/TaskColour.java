package cn.shuangyong.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 红黄绿: RED when past its deadline and not signed off; YELLOW when due within the warning days with no report in
 * that time; GREEN otherwise. It follows from the task's {@link TaskStanding}, which pages show in words.
 */
public enum TaskColour {

	GREEN, YELLOW, RED;

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static TaskColour of(TaskState state, LocalDate deadline, Instant lastReport, LocalDate signedOffOn, LocalDate today,
			int warningDays) {
		return TaskStanding.of(state, deadline, signedOffOn, day(lastReport), today, warningDays).colour();
	}

	static LocalDate day(Instant instant) {
		return instant == null ? null : instant.atZone(CHINA).toLocalDate();
	}

	/** 红, 黄 or 绿: the API's label beside the code. */
	public String chinese() {
		return switch (this) {
			case GREEN -> "绿";
			case YELLOW -> "黄";
			case RED -> "红";
		};
	}

	public String messageKey() {
		return "supervision.colour." + name();
	}
}
