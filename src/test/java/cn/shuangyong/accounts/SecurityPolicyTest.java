package cn.shuangyong.accounts;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule keeps its 等保 default unless it is set itself: setting one rule never switches another off. */
class SecurityPolicyTest {

	@Test
	void defaultsEveryRuleWhenNothingIsSet() {
		SecurityPolicy policy = bind(Map.of("shuangyong.security.totp.enabled", "true"));
		assertThat(policy.lockout()).isEqualTo(new SecurityPolicy.Lockout(5, Duration.ofMinutes(30)));
		assertThat(policy.password()).isEqualTo(new SecurityPolicy.Password(8, 3, Duration.ofDays(90)));
		assertThat(policy.totp().enabled()).isTrue();
	}

	@Test
	void keepsPasswordExpiryOnWhenOnlyTheLengthIsSet() {
		SecurityPolicy policy = bind(Map.of("shuangyong.security.password.min-length", "12"));
		assertThat(policy.password()).isEqualTo(new SecurityPolicy.Password(12, 3, Duration.ofDays(90)));
	}

	@Test
	void keepsTheLockoutWhenOnlyItsDurationIsSet() {
		SecurityPolicy policy = bind(Map.of("shuangyong.security.lockout.duration", "15m"));
		assertThat(policy.lockout()).isEqualTo(new SecurityPolicy.Lockout(5, Duration.ofMinutes(15)));
		policy = bind(Map.of("shuangyong.security.lockout.max-failures", "3"));
		assertThat(policy.lockout()).isEqualTo(new SecurityPolicy.Lockout(3, Duration.ofMinutes(30)));
	}

	@Test
	void turnsExpiryOffOnlyWhenToldTo() {
		SecurityPolicy policy = bind(Map.of("shuangyong.security.password.max-age", "0"));
		assertThat(policy.password().maxAge()).isZero();
	}

	private static SecurityPolicy bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bind("shuangyong.security", SecurityPolicy.class)
			.orElseGet(() -> new SecurityPolicy(null, null, null));
	}
}
