package cn.shuangyong.accounts;

import java.time.Clock;
import java.util.OptionalLong;

import cn.shuangyong.shared.DemoMode;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password first, then, for the administrator roles when the second factor is on, the TOTP code. A wrong code is a
 * failed login like a wrong password and counts towards the lockout, and so is a code used before: one seen over the
 * shoulder or replayed from a captured request does not sign anybody in again.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

	private final AccountStore accounts;

	private final SecurityPolicy policy;

	private final Clock clock;

	private final boolean secondFactor;

	/** The second factor is off in demo mode, so that the demo administrators can sign in with the shared password. */
	AccountAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder, AccountStore accounts,
			SecurityPolicy policy, Clock clock, DemoMode demo) {
		super(details);
		setPasswordEncoder(encoder);
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
		this.secondFactor = policy.totp().enabled() && !demo.enabled();
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		super.additionalAuthenticationChecks(user, authentication);
		SignedInUser signedIn = (SignedInUser) user;
		if (!secondFactor || !signedIn.role().administrator()) {
			return;
		}
		String secret = accounts.byId(signedIn.accountId()).map(AccountRow::totpSecret).orElse(null);
		String code = authentication.getDetails() instanceof LoginDetails details ? details.totp() : null;
		OptionalLong step = secret == null ? OptionalLong.empty() : TotpCode.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			throw new BadCredentialsException("动态口令错误");
		}
		if (!accounts.useTotpStep(signedIn.accountId(), step.getAsLong())) {
			throw new BadCredentialsException("动态口令已使用过，请等待下一个口令");
		}
	}
}
