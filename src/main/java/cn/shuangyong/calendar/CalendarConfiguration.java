package cn.shuangyong.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The official working-day calendar with the administrators' entries from the database, and the deadline rule built
 * on it.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar(JdbcClient jdbc) {
		WorkingDayCalendar calendar = WorkingDayCalendar.official();
		calendar.override(HolidayOverrides.stored(jdbc).stream().map(HolidayOverrides.Override::entry).toList());
		return calendar;
	}

	@Bean
	DeadlineRule deadlineRule(WorkingDayCalendar calendar) {
		return new DeadlineRule(calendar);
	}
}
