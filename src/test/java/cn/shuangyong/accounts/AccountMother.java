package cn.shuangyong.accounts;

import java.time.Clock;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts put straight into the store, for a context without demo accounts (and so without an administrator to
 * create them through the pages). Administrators get a second-factor secret, as the security administrator's
 * grant would give them. Not a bean, so that using it does not make a context of its own.
 */
final class AccountMother {

	static final String PASSWORD = "Xk7#mPq2wz";

	private final AccountStore accounts;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountMother(AccountStore accounts, Directory directory, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** The account of this name, created with {@link #PASSWORD} in the given catalogue unit if it is not there yet. */
	String account(String username, Role role, String unitKey) {
		if (!accounts.exists(username)) {
			Unit unit = directory.catalogueUnit(unitKey).orElseThrow();
			accounts.insert(new NewAccount(username, username, unit.id().value(), unit.regionCode().value(), role, null,
					null, false), encoder.encode(PASSWORD), role.administrator() ? TotpCode.newSecret() : null,
					clock.instant(), "test");
		}
		return username;
	}
}
