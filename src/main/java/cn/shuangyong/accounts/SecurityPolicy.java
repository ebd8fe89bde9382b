package cn.shuangyong.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The login and password rules, all configurable. Defaults follow common 等保 level-3 practice: lock after 5
 * consecutive failures for 30 minutes; passwords of at least 8 characters from 3 of the 4 classes; a second factor
 * for the administrator roles.
 */
@ConfigurationProperties("shuangyong.security")
public record SecurityPolicy(Lockout lockout, Password password, Totp totp) {

	public SecurityPolicy {
		lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(30)) : lockout;
		password = password == null ? new Password(8, 3, Duration.ofDays(90)) : password;
		totp = totp == null ? new Totp(true) : totp;
	}

	public record Lockout(int maxFailures, Duration duration) {
	}

	/** @param maxAge how long a password lasts before it must be changed; zero turns expiry off */
	public record Password(int minLength, int minClasses, Duration maxAge) {

		public Password {
			maxAge = maxAge == null ? Duration.ZERO : maxAge;
		}
	}

	public record Totp(boolean enabled) {
	}
}
