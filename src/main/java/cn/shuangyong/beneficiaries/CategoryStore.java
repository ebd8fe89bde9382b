package cn.shuangyong.beneficiaries;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The category sets as the database holds them, read once at start. */
@Configuration(proxyBeanMethods = false)
class CategoryStore {

	@Bean
	CategoryCatalogue categoryCatalogue(JdbcClient jdbc) {
		return new CategoryCatalogue(jdbc.sql("""
				select code, label, in_force_from, in_force_until, position, successor
				from beneficiaries.category""").query(Category.class).list());
	}
}
