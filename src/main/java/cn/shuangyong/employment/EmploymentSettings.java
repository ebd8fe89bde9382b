package cn.shuangyong.employment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figures the sources leave open, as settings. */
@Configuration(proxyBeanMethods = false)
class EmploymentSettings {

	@Bean
	TimeLimit employmentTimeLimit(@Value("${shuangyong.employment.time-limit-months:6}") int months) {
		return new TimeLimit(months);
	}
}
