package cn.shuangyong.accounts;

import java.time.Instant;

/** An account as administrators see it: no password hash, no second-factor secret. */
public record AccountView(long id, String username, String displayName, long unitId, String regionCode, Role role,
		String phone, String email, boolean enabled, boolean locked, Instant lastLoginAt, int version) {

	static AccountView of(AccountRow row, Instant now) {
		return new AccountView(row.id(), row.username(), row.displayName(), row.unitId(), row.regionCode(), row.role(),
				row.phone(), row.email(), row.enabled(), row.lockedAt(now), row.lastLoginAt(), row.version());
	}
}
