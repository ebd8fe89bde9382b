package cn.shuangyong.beneficiaries.importing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * One import at a time per node: an import is a long transaction that uses a core and a connection for its whole
 * run, so further jobs queue behind it rather than compete with it and with the pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class ImportConfiguration {

	@Bean
	ThreadPoolTaskExecutor beneficiaryImportExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("beneficiary-import-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}
}
