package cn.shuangyong.supervision.urging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders and notices fall due, counted in working days (调休 and holidays from the official calendar): the
 * reminder {@code remind-days-before} working days before the deadline; 提醒, 催办 and 督办 once the task is
 * {@code ti-xing-after}, {@code cui-ban-after} and {@code du-ban-after} working days overdue, and never sooner after the
 * previous notice than the gap between their delays, so a task found long overdue is still 提醒'd before it is
 * 催办'd. Notices ask for a reply within {@code reply-days} working days.
 *
 * @param numberFormat the notice number: {abbr} is the first character of the issuing office's region (云, 楚, 禄),
 * {year} the year, {n} the serial of that office in that year; it ends in 〔{year}〕{n}号, the shape GB/T 9704 gives
 * every 发文字号, so that the register can number it
 * @param initialDelay the longest the run at start waits for the work set going at start (the demo plan's tasks and
 * history) to be done; it starts as soon as it is
 * @param cron when the daily run starts, in China time
 */
@ConfigurationProperties("shuangyong.supervision.escalation")
record EscalationSettings(@DefaultValue("true") boolean enabled, @DefaultValue("3") int remindDaysBefore,
		@DefaultValue("1") int tiXingAfter, @DefaultValue("5") int cuiBanAfter, @DefaultValue("10") int duBanAfter,
		@DefaultValue("5") int replyDays, @DefaultValue("{abbr}拥办督〔{year}〕{n}号") String numberFormat,
		@DefaultValue("PT2M") Duration initialDelay, @DefaultValue("0 0 7 * * *") String cron) {

	EscalationSettings {
		if (remindDaysBefore < 0 || tiXingAfter < 1 || cuiBanAfter <= tiXingAfter || duBanAfter <= cuiBanAfter) {
			throw new IllegalArgumentException(
					"shuangyong.supervision.escalation: need remind-days-before >= 0 and 1 <= ti-xing-after < cui-ban-after < du-ban-after");
		}
		if (!numberFormat.endsWith(NUMBER_TAIL) || numberFormat.length() == NUMBER_TAIL.length()) {
			throw new IllegalArgumentException(
					"shuangyong.supervision.escalation.number-format must be a code followed by " + NUMBER_TAIL);
		}
	}

	static final String NUMBER_TAIL = "〔{year}〕{n}号";
}
