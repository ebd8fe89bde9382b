package cn.shuangyong.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official working-day calendar, loaded once, and the deadline rule built on it. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar() {
		return WorkingDayCalendar.official();
	}

	@Bean
	DeadlineRule deadlineRule(WorkingDayCalendar calendar) {
		return new DeadlineRule(calendar);
	}
}
