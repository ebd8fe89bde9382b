package cn.shuangyong.beneficiaries;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Showing personal data: each view of a person's page is recorded (security requirements F5), and revealing one value
 * in plaintext is an act of its own, with a reason, recorded with the field and the reason before the value is
 * given (F3). The value is returned to be shown once, never kept.
 */
@Service
@Transactional
public class Disclosure {

	static final int MIN_REASON = 4;

	static final int MAX_REASON = 200;

	private final PersonStore people;

	private final RegistryAudit audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perHour;

	Disclosure(PersonStore people, RegistryAudit audit, JdbcClient jdbc, Clock clock,
			@Value("${shuangyong.beneficiaries.reveal.per-hour:50}") int perHour) {
		this.people = people;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.perHour = perHour;
	}

	public void viewed(PersonRecord person, CurrentUser user) {
		audit.record(user, "PERSONAL_DATA_VIEWED", person.id(), "查看优抚对象详情（脱敏）");
	}

	/** The plaintext of one field, or null when the person has none; 404 outside scope, 403 without permission. */
	public String reveal(long id, PersonalField field, String reason, CurrentUser user) {
		PersonRecord person = people.find(id).orElseThrow(() -> new NotFoundException("优抚对象不存在"));
		RegistryAccess.inScope(person, user);
		if (!user.can(RegistryAccess.REVEAL)) {
			audit.denied(user, "PERSONAL_DATA_REVEAL_DENIED", id, "无权查看" + field.label() + "明文");
			throw new AccessDeniedException("您没有查看个人信息明文的权限");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.codePointCount(0, why.length()) < MIN_REASON) {
			throw new InvalidInputException("请写明查看" + field.label() + "明文的事由（至少 " + MIN_REASON + " 个字）");
		}
		if (why.codePointCount(0, why.length()) > MAX_REASON || why.codePoints().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("事由最多 " + MAX_REASON + " 个字，且不能含控制字符");
		}
		requireUnderLimit(id, user);
		audit.record(user, "PERSONAL_DATA_REVEALED", id, "查看" + field.label() + "明文，事由：" + why);
		return people.plaintext(id, field);
	}

	/**
	 * The names and plaintext bank accounts of the given people within the caller's scope, for a bank's payment file
	 * (a pension roll paid through the bank): the export permission is needed (403, recorded, otherwise), and the
	 * disclosure is recorded once with its purpose and how many accounts it gave. People outside the scope are left
	 * out, as a scoped read leaves them out.
	 */
	public java.util.Map<Long, Payee> payees(java.util.Collection<Long> ids, String purpose, CurrentUser user) {
		if (!user.can(RegistryAccess.EXPORT)) {
			audit.denied(user, "PERSONAL_DATA_EXPORT_DENIED", null, "无导出个人信息权限：" + purpose);
			throw new AccessDeniedException("您没有导出个人信息的权限，不能取得银行账号明文");
		}
		java.util.Map<Long, Payee> found = new java.util.LinkedHashMap<>();
		for (long id : ids) {
			people.find(id).filter(person -> user.covers(person.regionCode())).ifPresent(person -> found.put(id,
					new Payee(id, person.name(), people.plaintext(id, PersonalField.BANK_ACCOUNT))));
		}
		long withAccount = found.values().stream().filter(p -> p.bankAccount() != null).count();
		audit.record(user, "PERSONAL_DATA_EXPORTED", null,
				purpose + "：取得 " + found.size() + " 人的姓名、" + withAccount + " 个银行账号明文");
		return found;
	}

	/** At most {@code perHour} reveals by one user in any hour; the one over it is refused (429) and recorded. */
	private void requireUnderLimit(long id, CurrentUser user) {
		Instant now = clock.instant();
		long lastHour = jdbc.sql("select count(*) from beneficiaries.reveal_log where username = :u and revealed_at > :since")
			.param("u", user.getUsername()).param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class).single();
		if (lastHour >= perHour) {
			audit.denied(user, "PERSONAL_DATA_REVEAL_LIMITED", id, "一小时内查看明文已达 " + perHour + " 次，本次被拒绝");
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
					"一小时内查看明文已达 " + perHour + " 次上限，请稍后再试；如确有需要请联系安全管理员");
		}
		jdbc.sql("insert into beneficiaries.reveal_log (username, revealed_at) values (:u, :at)")
			.param("u", user.getUsername()).param("at", Timestamp.from(now)).update();
	}
}
