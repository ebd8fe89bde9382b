package cn.shuangyong.beneficiaries.plaques;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plaque rules as the database holds them, read once at start. */
@Configuration(proxyBeanMethods = false)
class PlaqueRuleStore {

	@Bean
	PlaqueEligibility plaqueEligibility(JdbcClient jdbc) {
		return new PlaqueEligibility(jdbc.sql("""
				select category_code, eligible, case basis when 'NONE' then null else basis end, source
				from beneficiaries.plaque_rule""")
			.query((rs, i) -> new PlaqueEligibility.Rule(rs.getString(1), rs.getBoolean(2),
					rs.getString(3) == null ? null : PlaqueBasis.valueOf(rs.getString(3)), rs.getString(4)))
			.list());
	}
}
