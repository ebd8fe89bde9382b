package cn.shuangyong.pensions.accounts;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.pensions.Entitlement;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pension accounts: a person of the registry is paid a pension of one kind by the county where they are registered.
 * The person must be in the user's scope (404 otherwise), and only those who may edit people open accounts (403);
 * the kind must be one the person's registry categories support ({@link AccountKinds}, 400 naming the field).
 */
@Service
@Transactional
public class PensionAccounts {

	private final PensionAccountStore store;

	private final Registry registry;

	private final BusinessClock clock;

	private final AuditTrail audit;

	private final AccountKinds kinds;

	PensionAccounts(PensionAccountStore store, Registry registry, BusinessClock clock, AuditTrail audit,
			AccountKinds kinds) {
		this.store = store;
		this.kinds = kinds;
		this.registry = registry;
		this.clock = clock;
		this.audit = audit;
	}

	public PensionAccount open(NewAccount account, CurrentUser by) {
		PersonRecord person = registry.person(account.personId(), by);
		by.require(Permission.PERSONAL_DATA_EDIT);
		kinds.check(account.entitlement(), person);
		long id = store.insert(account, person.regionCode(), person.countyCode(), by.getUsername(), clock.now())
			.orElseThrow(() -> new ConflictException("该优抚对象已有" + (account.entitlement().category() == null ? "残疾抚恤金"
					: account.entitlement().category().chinese() + "的抚恤补助") + "账户，不能重复开立"));
		audit.record(by, "PENSION_ACCOUNT_OPENED", AuditTarget.of("PENSION_ACCOUNT", id),
				account.entitlement().label() + "，" + account.firstMonth() + " 起发");
		return store.find(id).orElseThrow();
	}

	/**
	 * A rating approved: the disability pension follows the new grade from its first month. The running disability
	 * account (if any) ends with the month before, and a new one starts then, so that the months already paid stay
	 * as they were and a month paid at the old grade after it is settled on the next roll. {@code by} is the approving
	 * office, which need not read the person: the rating was checked in its scope.
	 */
	public PensionAccount followRating(long personId, String regionCode, String countyCode, Entitlement entitlement,
			YearMonth firstMonth, String basis, CurrentUser by) {
		Optional<PensionAccount> ended = store.endDisabilityBefore(personId, firstMonth);
		NewAccount account = new NewAccount(personId, entitlement, firstMonth, null, basis);
		long id = store.insert(account, regionCode, ended.map(PensionAccount::countyCode).orElse(countyCode),
				by.getUsername(), clock.now()).orElseThrow();
		audit.record(by, "PENSION_ACCOUNT_OPENED", AuditTarget.of("PENSION_ACCOUNT", id),
				entitlement.label() + "，" + firstMonth + " 起发" + ended.map(a -> "（原 " + a.entitlement().label()
						+ " 发至 " + firstMonth.minusMonths(1) + "）").orElse(""));
		return store.find(id).orElseThrow();
	}

	/**
	 * The person's accounts, for a reader of the person, or of a county that paid them before they moved away (the
	 * old county keeps reading the history it paid; 404 to anyone else).
	 */
	@Transactional(readOnly = true)
	public List<PensionAccount> ofPerson(long personId, CurrentUser by) {
		List<PensionAccount> all = store.ofPerson(personId);
		if (all.stream().anyMatch(a -> by.covers(a.regionCode()))) {
			by.require(Permission.PERSONAL_DATA_READ);
			return all;
		}
		registry.person(personId, by);
		return all;
	}

	/** The accounts a county pays that have begun by the month, for its roll (whose caller was checked). */
	@Transactional(readOnly = true)
	public List<PensionAccount> paidBy(String countyCode, java.time.YearMonth month) {
		return store.paidBy(countyCode, month);
	}

	@Transactional(readOnly = true)
	public PensionAccount find(long id, CurrentUser by) {
		PensionAccount account = store.find(id).orElseThrow(() -> new NotFoundException("抚恤账户不存在"));
		by.mayRead(account.regionCode(), Permission.PERSONAL_DATA_READ, "抚恤账户不存在");
		return account;
	}
}
