package cn.shuangyong.schooling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figures the sources leave open, as settings. */
@Configuration(proxyBeanMethods = false)
class SchoolingSettings {

	@Bean
	SchoolDeadline schoolDeadline(@Value("${shuangyong.schooling.decision-days:20}") int decisionDays,
			@Value("${shuangyong.schooling.warning-days:14}") int warningDays) {
		return new SchoolDeadline(decisionDays, warningDays);
	}
}
