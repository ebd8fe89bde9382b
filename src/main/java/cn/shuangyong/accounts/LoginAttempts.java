package cn.shuangyong.accounts;

import java.time.Clock;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.DatabaseUnavailable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins, on the form and on the API's HTTP Basic alike, locks the account after too many, and records
 * every success, failure and lock in the audit log.
 */
@Component
class LoginAttempts {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LoginAttempts.class);

	private final AccountStore accounts;

	private final AuditTrail audit;

	private final SecurityPolicy policy;

	private final Clock clock;

	LoginAttempts(AccountStore accounts, AuditTrail audit, SecurityPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.policy = policy;
		this.clock = clock;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof SignedInUser user)) {
			return;
		}
		accounts.recordSuccess(user.accountId(), clock.instant());
		audit.recordIndependently(new AuditEntry(user.getUsername(), user.unitId(), user.regionCode(),
				ip(event.getAuthentication()), "LOGIN_SUCCESS", "ACCOUNT", Long.toString(user.accountId()),
				AuditOutcome.SUCCESS, null));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (DatabaseUnavailable.causedBy(event.getException())) {
			// the account could not even be read: no attempt to count, and the audit log lives in that database too;
			// writing to it here would turn the caller's 503 into a 500
			log.warn("Sign-in of {} not checked: the database is unreachable", event.getAuthentication().getName());
			return;
		}
		String name = String.valueOf(event.getAuthentication().getName());
		String ip = ip(event.getAuthentication());
		audit.recordIndependently(new AuditEntry(name, null, null, ip, "LOGIN_FAILURE", "ACCOUNT", null,
				AuditOutcome.FAILURE, event.getException().getClass().getSimpleName()));
		if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
			return;
		}
		accounts.recordFailure(name, clock.instant(), policy.lockout().maxFailures(), policy.lockout().duration())
			.filter(AccountStore.FailureCount::lockedNow)
			.ifPresent(count -> audit.recordIndependently(new AuditEntry(name, null, null, ip, "ACCOUNT_LOCKED",
					"ACCOUNT", Long.toString(count.accountId()), AuditOutcome.SUCCESS, "连续登录失败 "
							+ count.failedAttempts() + " 次，锁定至 " + count.lockedUntil())));
	}

	private static String ip(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}
