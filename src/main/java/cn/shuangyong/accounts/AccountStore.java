package cn.shuangyong.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes accounts. Counting failures is one atomic statement, so two nodes never lose a count. */
@Repository
class AccountStore {

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountRow> byUsername(String username) {
		return jdbc.sql("select * from accounts.account where username_key = :key")
			.param("key", UsernameKey.of(username)).query(AccountRow::map).optional();
	}

	Optional<AccountRow> byId(long id) {
		return jdbc.sql("select * from accounts.account where id = :id").param("id", id).query(AccountRow::map).optional();
	}

	List<AccountRow> inScope(DataScope scope, Long unitId) {
		return scope.bind(jdbc.sql("""
				select * from accounts.account where region_code like :scope
				  and (cast(:unit as bigint) is null or unit_id = :unit)
				order by region_code, unit_id, username_key"""))
			.param("unit", unitId).query(AccountRow::map).list();
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from accounts.account where username_key = :key")
			.param("key", UsernameKey.of(username)).query(Integer.class).single() > 0;
	}

	/** Whether any of the three administrator roles has an account: until one has, the platform is not set up. */
	boolean administratorExists() {
		return jdbc.sql("select count(*) from accounts.account where role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')")
			.query(Integer.class).single() > 0;
	}

	long insert(NewAccount account, String passwordHash, String totpSecret, Instant now, String createdBy) {
		return jdbc.sql("""
				insert into accounts.account (username, username_key, display_name, unit_id, region_code, role, phone,
				  email, password_hash, password_changed_at, must_change_password, totp_secret, created_at, created_by)
				values (:username, :key, :name, :unit, :region, :role, :phone, :email, :hash, :now, :mustChange, :totp,
				  :now, :createdBy)
				returning id""")
			.param("username", UsernameKey.normalized(account.username())).param("key", UsernameKey.of(account.username()))
			.param("name", account.displayName()).param("unit", account.unitId()).param("region", account.regionCode())
			.param("role", account.role().name()).param("phone", account.phone()).param("email", account.email())
			.param("hash", passwordHash).param("now", Timestamp.from(now)).param("mustChange", account.mustChangePassword())
			.param("totp", totpSecret).param("createdBy", createdBy)
			.query(Long.class).single();
	}

	/**
	 * Counts a failed login. While locked, failures neither count nor extend the lock; once a lock has run out the
	 * count starts afresh. Returns the state after the update, and whether this very failure set the lock, or empty
	 * for an unknown name (nothing is created). The row is locked first, so of several failures at once exactly one
	 * sees the lock come on.
	 */
	Optional<FailureCount> recordFailure(String username, Instant now, int maxFailures, Duration lockFor) {
		return jdbc.sql("""
				with before as (
				  select id, locked_until from accounts.account where username_key = :key for update)
				update accounts.account a set
				  failed_attempts = case when a.locked_until > :now then a.failed_attempts
				                         when a.locked_until is not null then 1
				                         else a.failed_attempts + 1 end,
				  locked_until = case when a.locked_until > :now then a.locked_until
				                      when (case when a.locked_until is not null then 1 else a.failed_attempts + 1 end) >= :max
				                        then :until
				                      else null end
				from before b where a.id = b.id
				returning a.id, a.failed_attempts, a.locked_until,
				  a.locked_until is not null and (b.locked_until is null or b.locked_until <= :now)""")
			.param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(lockFor)))
			.param("max", maxFailures).param("key", UsernameKey.of(username))
			.query((rs, i) -> new FailureCount(rs.getLong(1), rs.getInt(2),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getBoolean(4)))
			.optional();
	}

	void recordSuccess(long id, Instant now) {
		jdbc.sql("update accounts.account set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
			.param("now", Timestamp.from(now)).param("id", id).update();
	}

	/** @param version the account's version the caller saw; false when someone changed it since (nothing changes) */
	boolean setEnabled(long id, int version, boolean enabled) {
		return jdbc.sql("update accounts.account set enabled = :enabled, version = version + 1 where id = :id and version = :v")
			.param("enabled", enabled).param("id", id).param("v", version).update() == 1;
	}

	/** @param version the account's version the caller saw; false when someone changed it since (nothing changes) */
	boolean setPassword(long id, int version, String hash, boolean mustChange, Instant now) {
		return jdbc.sql("""
				update accounts.account set password_hash = :hash, must_change_password = :must,
				  password_changed_at = :now, version = version + 1 where id = :id and version = :v""")
			.param("hash", hash).param("must", mustChange).param("now", Timestamp.from(now)).param("id", id)
			.param("v", version).update() == 1;
	}

	/** @param version the account's version the caller saw; false when someone changed it since (nothing changes) */
	boolean setRole(long id, int version, Role role, String totpSecret) {
		return jdbc.sql("""
				update accounts.account set role = :role, totp_secret = :totp, version = version + 1
				where id = :id and version = :v""")
			.param("role", role.name()).param("totp", totpSecret).param("id", id).param("v", version).update() == 1;
	}

	/**
	 * Records that the TOTP code of this step has been used; false when it or a later one was used before. One
	 * conditional update, so two logins racing with the same code cannot both pass.
	 */
	boolean useTotpStep(long id, long step) {
		return jdbc.sql("""
				update accounts.account set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)""")
			.param("step", step).param("id", id).update() == 1;
	}

	/** @param version the account's version the caller saw; false when someone changed it since (nothing changes) */
	boolean unlock(long id, int version) {
		return jdbc.sql("""
				update accounts.account set failed_attempts = 0, locked_until = null, version = version + 1
				where id = :id and version = :v""")
			.param("id", id).param("v", version).update() == 1;
	}

	/** Ends every session of the account, on every node: sessions live in PostgreSQL. */
	void endSessions(String username) {
		jdbc.sql("delete from spring_session where principal_name = :name").param("name", username).update();
	}

	/** @param lockedNow this failure set the lock (it was not locked just before) */
	record FailureCount(long accountId, int failedAttempts, Instant lockedUntil, boolean lockedNow) {
	}
}
