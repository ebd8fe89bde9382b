package cn.shuangyong.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages stay as the templates write them. The WebJars locator switches Spring's resource chain on, and with
 * it Spring Boot registers a {@link ResourceUrlEncodingFilter} that looks every {@code @{...}} link of every page up
 * among the static resources on the class path, found or not, on every render: on the supervision board, with a few
 * hundred links, that was most of the page's CPU (docs/benchmarks.md, issue 4). The templates link WebJars without a
 * version ({@code /webjars/htmx.org/dist/htmx.min.js}), which the resource chain resolves when the file is served, so
 * no link needs rewriting. This registration, disabled, takes the place of Boot's and keeps the filter off.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
