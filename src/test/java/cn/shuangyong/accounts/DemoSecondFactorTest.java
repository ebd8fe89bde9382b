package cn.shuangyong.accounts;

import java.time.Clock;
import java.util.Optional;

import cn.shuangyong.shared.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo mode lets the demo administrators sign in with the published password alone, although the second factor is
 * switched on: the one thing demo mode turns off in sign-in. The password is still checked, and outside demo mode the
 * same sign-in needs its code.
 */
class DemoSecondFactorTest {

	private static final String PASSWORD = "Demo@2020";

	private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

	private final SecurityPolicy policy = new SecurityPolicy(null, null, new SecurityPolicy.Totp(true));

	/** An administrator with no secret enrolled: no code could ever match it. */
	private final AccountStore accounts = new AccountStore(null) {
		@Override
		Optional<AccountRow> byId(long id) {
			return Optional.empty();
		}
	};

	private final SignedInUser admin = new SignedInUser(1, "admin", "张管理", 1, "云南省双拥办", "53", Role.SYSTEM_ADMIN, true,
			false, false, encoder.encode(PASSWORD));

	@Test
	void letsAnAdministratorInWithThePasswordAloneInDemoMode() {
		assertThatCode(() -> provider(true).additionalAuthenticationChecks(admin, login(PASSWORD))).doesNotThrowAnyException();
	}

	@Test
	void stillChecksThePasswordInDemoMode() {
		assertThatThrownBy(() -> provider(true).additionalAuthenticationChecks(admin, login("Wrong@2020")))
			.isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void asksTheSameAdministratorForTheCodeOutsideDemoMode() {
		assertThatThrownBy(() -> provider(false).additionalAuthenticationChecks(admin, login(PASSWORD)))
			.isInstanceOf(BadCredentialsException.class)
			.hasMessage("动态口令错误");
	}

	private AccountAuthenticationProvider provider(boolean demo) {
		Clock clock = Clock.systemUTC();
		return new AccountAuthenticationProvider(new AccountDetailsService(accounts, null, clock, policy), encoder,
				accounts, policy, clock, new DemoMode(demo));
	}

	private static UsernamePasswordAuthenticationToken login(String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated("admin", password);
	}
}
