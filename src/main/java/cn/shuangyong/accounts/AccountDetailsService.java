package cn.shuangyong.accounts;

import java.time.Clock;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the account behind a login name, with its unit's name for the top bar. */
@Component
class AccountDetailsService implements UserDetailsService {

	private final AccountStore accounts;

	private final Directory directory;

	private final Clock clock;

	private final SecurityPolicy policy;

	AccountDetailsService(AccountStore accounts, Directory directory, Clock clock, SecurityPolicy policy) {
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
		this.policy = policy;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		AccountRow account = accounts.byUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("账号不存在"));
		String unitName = directory.unit(new UnitId(account.unitId())).map(Unit::name).orElse("");
		return new SignedInUser(account.id(), account.username(), account.displayName(), account.unitId(), unitName,
				account.regionCode(), account.role(), account.enabled(), account.lockedAt(clock.instant()),
				account.mustChangePassword() || expired(account), account.passwordHash());
	}

	/** 等保 身份鉴别 a: passwords are changed periodically; a zero maximum age turns this off. */
	private boolean expired(AccountRow account) {
		var maxAge = policy.password().maxAge();
		return !maxAge.isZero() && account.passwordChangedAt().plus(maxAge).isBefore(clock.instant());
	}
}
