package cn.shuangyong.supervision.urging;

import cn.shuangyong.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The escalation settings, the ladder built on the working-day calendar, and the scheduler for the daily run. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EscalationSettings.class)
class EscalationConfiguration {

	@Bean
	EscalationLadder escalationLadder(EscalationSettings settings, WorkingDayCalendar calendar) {
		return new EscalationLadder(settings, calendar);
	}
}
