package cn.shuangyong.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The module's settings: the case time limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseTimeLimits.class)
class CasesConfiguration {
}
