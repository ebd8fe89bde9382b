package cn.shuangyong.accounts;

import java.time.Instant;

/** An account as stored. The password hash and TOTP secret never leave this module. */
record AccountRow(long id, String username, String displayName, long unitId, String regionCode, Role role,
		String phone, String email, String passwordHash, Instant passwordChangedAt, boolean mustChangePassword,
		String totpSecret, int failedAttempts, Instant lockedUntil, boolean enabled, Instant lastLoginAt, int version) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	static AccountRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getLong("unit_id"), rs.getString("region_code"), Role.valueOf(rs.getString("role")),
				rs.getString("phone"), rs.getString("email"), rs.getString("password_hash"),
				instant(rs, "password_changed_at"), rs.getBoolean("must_change_password"), rs.getString("totp_secret"),
				rs.getInt("failed_attempts"), instant(rs, "locked_until"), rs.getBoolean("enabled"),
				instant(rs, "last_login_at"), rs.getInt("version"));
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
