package cn.shuangyong.audit;

import cn.shuangyong.shared.DemoMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfiguration {

	@Bean
	ChainKeys chainKeys(AuditSettings settings, DemoMode demo) {
		return ChainKeys.of(settings, demo);
	}
}
