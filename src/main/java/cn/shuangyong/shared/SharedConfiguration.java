package cn.shuangyong.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Module listeners run after the publishing transaction commits, on their own threads. */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableAsync
class SharedConfiguration {

	/** The real clock, for security and audit. Tests replace it to move time on. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Off unless asked for, whichever database: a real installation must never get the demo's accounts by accident. */
	@Bean
	DemoMode demoMode(@Value("${shuangyong.demo.enabled:false}") boolean enabled) {
		return new DemoMode(enabled);
	}

	static final java.time.LocalTime DEMO_START = java.time.LocalTime.of(18, 0);

	@Bean
	BusinessClock businessClock(Clock clock, DemoMode demo,
			@Value("${shuangyong.demo.business-date:2020-09-30}") LocalDate demoDate) {
		if (!demo.enabled()) {
			return new BusinessClock(clock);
		}
		// the demo's day starts at 18:00, after the office hours its history is recorded in, and runs on from there:
		// the date turns after six hours of running, whatever the time of day the platform was started at (taking the
		// real time of day turned it within minutes of a start just before midnight)
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(BusinessClock.CHINA));
		ZonedDateTime demoNow = demoDate.atTime(DEMO_START).atZone(BusinessClock.CHINA);
		return new BusinessClock(Clock.offset(clock, Duration.between(now, demoNow)));
	}
}
