package cn.shuangyong.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and running accounts. A system administrator manages the business accounts of the units in their data
 * scope (a county administrator runs its townships' and villages' accounts); only the security administrator grants
 * the administrator roles and unlocks. Every change is audited in the same transaction.
 */
@Service
@Transactional
public class AccountAdministration {

	private final AccountStore accounts;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final SecurityPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	AccountAdministration(AccountStore accounts, Directory directory, PasswordEncoder encoder, SecurityPolicy policy,
			AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates an account; returns its id. */
	public long create(CreateAccount command, SignedInUser by) {
		Unit unit = directory.unit(new UnitId(command.unitId()))
			.filter(u -> by.scope().covers(u.regionCode().value()))
			.orElseThrow(() -> new NotFoundException("单位不存在或不在您的管理范围内"));
		requireMayGrant(command.role(), by);
		List<String> problems = detailProblems(command);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (accounts.exists(command.username())) {
			throw new ConflictException(taken(command));
		}
		String totp = command.role().administrator() ? TotpCode.newSecret() : null;
		long id = accounts.insert(new NewAccount(command.username(), command.displayName().strip(), unit.id().value(),
				unit.regionCode().value(), command.role(), blankToNull(command.phone()), blankToNull(command.email()),
				true), encoder.encode(command.password()), totp, clock.instant(), by.getUsername());
		audit.record(by, "ACCOUNT_CREATED", AuditTarget.of("ACCOUNT", id), "新建账号 "
				+ UsernameKey.normalized(command.username()) + "，角色 " + command.role().name() + "，单位 " + unit.name());
		return id;
	}

	/**
	 * Everything wrong with the details of a new account, the name already taken included, without creating it; the
	 * unit and the role are the caller's to check. Empty when {@link #create} would accept the details.
	 */
	@Transactional(readOnly = true)
	public List<String> problemsOf(CreateAccount command) {
		List<String> problems = detailProblems(command);
		if (command.username() != null && !command.username().isBlank() && accounts.exists(command.username())) {
			problems.add(taken(command));
		}
		return problems;
	}

	private List<String> detailProblems(CreateAccount command) {
		List<String> problems = new ArrayList<>(command.problems());
		problems.addAll(new PasswordPolicy(policy.password()).violations(command.password(), command.username()));
		return problems;
	}

	private static String taken(CreateAccount command) {
		return "账号名“" + UsernameKey.normalized(command.username()) + "”已被使用";
	}

	/** The accounts in the administrator's data scope, optionally of one unit. */
	@Transactional(readOnly = true)
	public List<AccountView> list(SignedInUser by, Long unitId) {
		requireAdministrator(by);
		return accounts.inScope(by.scope(), unitId).stream().map(a -> AccountView.of(a, clock.instant())).toList();
	}

	/** One account in scope; outside it, 404 as if it did not exist. */
	@Transactional(readOnly = true)
	public AccountView find(long id, SignedInUser by) {
		requireAdministrator(by);
		return AccountView.of(inScope(id, by), clock.instant());
	}

	/** @param version the account's version the administrator saw: if someone changed it since, nothing changes */
	public void disable(long id, Integer version, SignedInUser by) {
		AccountRow account = managed(id, by);
		if (account.id() == by.accountId()) {
			throw new InvalidInputException("不能停用自己的账号");
		}
		changed(account, accounts.setEnabled(account.id(), seen(version), false));
		accounts.endSessions(account.username());
		audit.record(by, "ACCOUNT_DISABLED", AuditTarget.of("ACCOUNT", id), "停用账号 " + account.username());
	}

	/** @param version the account's version the administrator saw: if someone changed it since, nothing changes */
	public void enable(long id, Integer version, SignedInUser by) {
		AccountRow account = managed(id, by);
		changed(account, accounts.setEnabled(account.id(), seen(version), true));
		audit.record(by, "ACCOUNT_ENABLED", AuditTarget.of("ACCOUNT", id), "启用账号 " + account.username());
	}

	/**
	 * Sets a new password the user must change at next login. {@code version} is the account's version the
	 * administrator saw: if someone changed it since, nothing changes.
	 */
	public void resetPassword(long id, Integer version, String password, SignedInUser by) {
		AccountRow account = managed(id, by);
		List<String> problems = new PasswordPolicy(policy.password()).violations(password, account.username());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		changed(account, accounts.setPassword(account.id(), seen(version), encoder.encode(password), true, clock.instant()));
		accounts.endSessions(account.username());
		audit.record(by, "PASSWORD_RESET", AuditTarget.of("ACCOUNT", id), "重置账号 " + account.username() + " 的密码");
	}

	/**
	 * The security administrator changes roles; no account ends up with two administrator roles, having one role.
	 * {@code version} is the account's version the administrator saw: if someone changed it since, nothing changes.
	 */
	public void changeRole(long id, Integer version, Role role, SignedInUser by) {
		if (!by.can(Permission.ROLES_ASSIGN)) {
			throw new AccessDeniedException("只有安全管理员可以调整角色");
		}
		AccountRow account = inScope(id, by);
		if (account.id() == by.accountId()) {
			throw new InvalidInputException("不能调整自己的角色");
		}
		changed(account, accounts.setRole(account.id(), seen(version), role,
				role.administrator() && account.totpSecret() == null ? TotpCode.newSecret() : account.totpSecret()));
		accounts.endSessions(account.username());
		audit.record(by, "ROLE_CHANGED", AuditTarget.of("ACCOUNT", id),
				"账号 " + account.username() + " 的角色由 " + account.role().name() + " 改为 " + role.name());
	}

	/** @param version the account's version the administrator saw: if someone changed it since, nothing changes */
	public void unlock(long id, Integer version, SignedInUser by) {
		if (!by.can(Permission.ROLES_ASSIGN)) {
			throw new AccessDeniedException("只有安全管理员可以解除锁定");
		}
		AccountRow account = inScope(id, by);
		changed(account, accounts.unlock(account.id(), seen(version)));
		audit.record(by, "ACCOUNT_UNLOCKED", AuditTarget.of("ACCOUNT", id), "解除账号 " + account.username() + " 的锁定");
	}

	/** The user changes their own password, giving the current one. */
	public void changeOwnPassword(SignedInUser user, String current, String password) {
		AccountRow account = accounts.byId(user.accountId()).orElseThrow(() -> new NotFoundException("账号不存在"));
		if (!encoder.matches(current == null ? "" : current, account.passwordHash())) {
			throw new InvalidInputException("当前密码不正确");
		}
		List<String> problems = new PasswordPolicy(policy.password()).violations(password, account.username());
		if (encoder.matches(password == null ? "" : password, account.passwordHash())) {
			problems.add("新密码不能与当前密码相同");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		changed(account, accounts.setPassword(account.id(), account.version(), encoder.encode(password), false,
				clock.instant()));
		audit.record(user, "PASSWORD_CHANGED", AuditTarget.of("ACCOUNT", account.id()), "修改本人密码");
	}

	/**
	 * The second-factor secret, shown to the security administrator to enrol an administrator's authenticator. Not a
	 * read-only transaction: the viewing is recorded.
	 */
	public String totpUri(long id, SignedInUser by) {
		if (!by.can(Permission.ROLES_ASSIGN)) {
			throw new AccessDeniedException("只有安全管理员可以查看动态口令密钥");
		}
		AccountRow account = inScope(id, by);
		if (account.totpSecret() == null) {
			throw new InvalidInputException("该账号不需要动态口令");
		}
		audit.record(by, "TOTP_SECRET_VIEWED", AuditTarget.of("ACCOUNT", id),
				"查看账号 " + account.username() + " 的动态口令密钥");
		return TotpCode.enrolmentUri(account.username(), account.totpSecret());
	}

	/**
	 * The version the administrator saw, which every change names; asked for after scope and rights, so a request
	 * without it is refused for those first.
	 */
	private static int seen(Integer version) {
		if (version == null) {
			throw new InvalidInputException("缺少账号的版本号（version）：请刷新页面后再操作");
		}
		return version;
	}

	/** Refuses a change that found the account changed since it was seen, naming how it stands now. */
	private void changed(AccountRow seen, boolean changed) {
		if (changed) {
			return;
		}
		AccountRow now = accounts.byId(seen.id()).orElseThrow(() -> new NotFoundException("账号不存在"));
		throw new ConflictException("账号 " + now.username() + " 已被他人修改（现为" + now.role().label() + "，"
				+ (now.enabled() ? "已启用" : "已停用") + (now.lockedAt(clock.instant()) ? "，已锁定" : "")
				+ "），本次未更改；请刷新页面，确认后再操作");
	}

	private AccountRow inScope(long id, SignedInUser by) {
		return accounts.byId(id).filter(a -> by.scope().covers(a.regionCode()))
			.orElseThrow(() -> new NotFoundException("账号不存在"));
	}

	/** A system administrator runs business accounts; the administrator accounts are the security administrator's. */
	private AccountRow managed(long id, SignedInUser by) {
		AccountRow account = inScope(id, by);
		boolean allowed = account.role().administrator() ? by.can(Permission.ROLES_ASSIGN)
				: by.can(Permission.ACCOUNTS_MANAGE) || by.can(Permission.ROLES_ASSIGN);
		if (!allowed) {
			throw new AccessDeniedException("无权管理该账号");
		}
		return account;
	}

	private static void requireAdministrator(SignedInUser by) {
		if (!by.can(Permission.ACCOUNTS_MANAGE) && !by.can(Permission.ROLES_ASSIGN)) {
			throw new AccessDeniedException("无权管理账号");
		}
	}

	/**
	 * A system administrator grants the business roles; the administrator roles, and any change of role of an
	 * existing account, are the security administrator's.
	 */
	private static void requireMayGrant(Role role, SignedInUser by) {
		boolean allowed = role.administrator() ? by.can(Permission.ROLES_ASSIGN)
				: by.can(Permission.ACCOUNTS_MANAGE) || by.can(Permission.ROLES_ASSIGN);
		if (!allowed) {
			throw new AccessDeniedException("无权授予该角色");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
