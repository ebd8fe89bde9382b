package cn.shuangyong.supervision.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the assessment weights. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentWeights.class)
class SupervisionConfiguration {
}
