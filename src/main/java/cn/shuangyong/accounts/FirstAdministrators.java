package cn.shuangyong.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.DemoMode;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrators of a real installation, created once through a setup token printed to the console at
 * start (as Keycloak and Jenkins bootstrap theirs). All three administrator roles at once: they are kept apart
 * (三员分立), and only a security administrator may grant an administrator role, so a system administrator alone could
 * never be joined by the other two. The system administrator is the person doing the setup; the other two set their
 * own password at their first sign-in. Closed for good once any administrator exists, and never open in demo mode.
 */
@Service
@Transactional
public class FirstAdministrators {

	/** The provincial 双拥办 of the reference directory, where the administrators of the platform sit. */
	static final String OFFICE = "yn-office";

	static final String ACTOR = "setup";

	private static final Set<Role> ROLES = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);

	private final AccountStore accounts;

	private final SetupTokens tokens;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final SecurityPolicy policy;

	private final AuditTrail audit;

	private final DemoMode demo;

	private final Clock clock;

	private final Duration validity;

	FirstAdministrators(AccountStore accounts, SetupTokens tokens, Directory directory, PasswordEncoder encoder,
			SecurityPolicy policy, AuditTrail audit, DemoMode demo, Clock clock,
			@Value("${shuangyong.setup.token-validity:PT1H}") Duration validity) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.directory = directory;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.demo = demo;
		this.clock = clock;
		this.validity = validity;
	}

	/** Whether the platform still waits for its first administrators. */
	@Transactional(readOnly = true)
	public boolean awaited() {
		return !demo.enabled() && !accounts.administratorExists();
	}

	/** A new setup token in clear, to be shown once, while the platform waits for its first administrators. */
	Optional<String> issueToken() {
		return awaited() ? Optional.of(tokens.issue(clock.instant(), validity)) : Optional.empty();
	}

	Duration validity() {
		return validity;
	}

	/**
	 * Creates the three administrators with the token, which is then used up; a wrong, used or expired token changes
	 * nothing (and is recorded), and so does any detail that breaks a rule.
	 */
	public List<Enrolment> create(String token, List<FirstAdministrator> administrators) {
		if (!awaited()) {
			throw new NotFoundException("平台已设置过管理员");
		}
		List<String> problems = problems(administrators);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!tokens.redeem(token, clock.instant())) {
			audit.recordIndependently(entry("SETUP_TOKEN_REJECTED", null, AuditOutcome.FAILURE,
					"首次设置：设置令牌无效、已用过或已过期"));
			throw new InvalidInputException("设置令牌无效、已用过或已过期：请使用平台最近一次启动时在控制台显示的令牌，"
					+ "或重新启动平台以取得新令牌");
		}
		Unit office = directory.catalogueUnit(OFFICE).orElseThrow(() -> new IllegalStateException("目录中缺少省双拥办"));
		List<Enrolment> enrolments = new ArrayList<>();
		for (FirstAdministrator admin : administrators) {
			String secret = TotpCode.newSecret();
			long id = accounts.insert(new NewAccount(admin.username(), admin.displayName().strip(), office.id().value(),
					office.regionCode().value(), admin.role(), null, null, admin.role() != Role.SYSTEM_ADMIN),
					encoder.encode(admin.password()), secret, clock.instant(), ACTOR);
			audit.record(entry("ACCOUNT_CREATED", id, AuditOutcome.SUCCESS, "首次设置：以设置令牌新建账号 "
					+ UsernameKey.normalized(admin.username()) + "，角色 " + admin.role().name() + "，单位 " + office.name()));
			String username = UsernameKey.normalized(admin.username());
			enrolments.add(new Enrolment(admin.role(), username,
					policy.totp().enabled() ? TotpCode.enrolmentUri(username, secret) : null));
		}
		return enrolments;
	}

	/** Each of the three roles once, each account valid as an administrator would create it, no name twice. */
	private List<String> problems(List<FirstAdministrator> administrators) {
		List<String> problems = new ArrayList<>();
		if (administrators.size() != ROLES.size()
				|| !ROLES.equals(EnumSet.copyOf(administrators.stream().map(FirstAdministrator::role).toList()))) {
			problems.add("须设置系统管理员、安全管理员、审计管理员各一名");
			return problems;
		}
		Set<String> names = new HashSet<>();
		PasswordPolicy passwords = new PasswordPolicy(policy.password());
		for (FirstAdministrator admin : administrators) {
			String role = admin.role().label() + "：";
			CreateAccount account = new CreateAccount(admin.username(), admin.displayName(), 0, admin.role(), null, null,
					admin.password());
			account.problems().forEach(problem -> problems.add(role + problem));
			passwords.violations(admin.password(), admin.username()).forEach(problem -> problems.add(role + problem));
			if (admin.username() != null && !admin.username().isBlank() && !names.add(UsernameKey.of(admin.username()))) {
				problems.add(role + "账号名“" + UsernameKey.normalized(admin.username()) + "”与另一名管理员相同");
			}
		}
		return problems;
	}

	private static AuditEntry entry(String type, Long accountId, AuditOutcome outcome, String detail) {
		return new AuditEntry(ACTOR, null, null, null, type, "ACCOUNT", accountId == null ? null : accountId.toString(),
				outcome, detail);
	}
}
