package cn.shuangyong.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The login and password rules, all configurable. Defaults follow common 等保 level-3 practice: lock after 5
 * consecutive failures for 30 minutes; passwords of at least 8 characters from 3 of the 4 classes, changed every 90
 * days (等保 身份鉴别 a: 定期更换); a second factor for the administrator roles.
 */
@ConfigurationProperties("shuangyong.security")
public record SecurityPolicy(Lockout lockout, Password password, Totp totp) {

	public SecurityPolicy {
		lockout = lockout == null ? new Lockout(0, null) : lockout;
		password = password == null ? new Password(0, 0, null) : password;
		totp = totp == null ? new Totp(true) : totp;
	}

	/** Each rule left unset (zero or absent) takes its default, so setting one rule never switches another off. */
	public record Lockout(int maxFailures, Duration duration) {

		public Lockout {
			maxFailures = maxFailures > 0 ? maxFailures : 5;
			duration = duration != null ? duration : Duration.ofMinutes(30);
		}
	}

	/** @param maxAge how long a password lasts before it must be changed (default 90 days); zero turns expiry off */
	public record Password(int minLength, int minClasses, Duration maxAge) {

		public Password {
			minLength = minLength > 0 ? minLength : 8;
			minClasses = minClasses > 0 ? minClasses : 3;
			maxAge = maxAge != null ? maxAge : Duration.ofDays(90);
		}
	}

	public record Totp(boolean enabled) {
	}
}
