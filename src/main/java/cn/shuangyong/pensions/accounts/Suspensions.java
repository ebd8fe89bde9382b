package cn.shuangyong.pensions.accounts;

import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.PeopleQuery;
import cn.shuangyong.beneficiaries.RegistryPerson;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 暂停发放 and 恢复发放: the paying county's office suspends an account from a month on a decision (a criminal
 * sentence) and resumes it from a later month. The rolls do the arithmetic: a month already paid inside a suspension
 * is taken back from later payments or recorded as owed, and a voided suspension's months are paid back.
 */
@Service
@Transactional
public class Suspensions {

	private final SuspensionStore store;

	private final PensionAccountStore accounts;

	private final BusinessClock clock;

	private final AuditTrail audit;

	private final PeopleQuery people;

	Suspensions(SuspensionStore store, PensionAccountStore accounts, BusinessClock clock, AuditTrail audit,
			PeopleQuery people) {
		this.people = people;
		this.store = store;
		this.accounts = accounts;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The county's suspensions with the holders' masked ID numbers, and the accounts still paid to choose from when
	 * suspending; for the county's own office only.
	 */
	@Transactional(readOnly = true)
	public Overview overview(String county, CurrentUser by) {
		if (county == null || RegionLevel.ofCode(county) != RegionLevel.COUNTY || !mayWork(county, by)) {
			throw new AccessDeniedException("只有发放抚恤的县级双拥办可以暂停和恢复发放");
		}
		requireCountyOffice(county, by);
		java.time.YearMonth now = java.time.YearMonth.from(clock.today());
		List<PensionAccount> paying = accounts.paidBy(county, now.plusYears(1)).stream()
			.filter(a -> a.lastMonth() == null || !a.lastMonth().isBefore(now)).toList();
		List<Suspension> all = store.ofCounty(county);
		java.util.Set<Long> ids = new java.util.HashSet<>();
		paying.forEach(a -> ids.add(a.personId()));
		all.forEach(x -> ids.add(x.personId()));
		Map<Long, RegistryPerson> people = this.people.byIds(ids, by);
		java.util.function.LongFunction<String> shown = id -> {
			RegistryPerson p = people.get(id);
			return p == null || p.personal() == null ? "（已不在本县登记）" : p.personal().idMasked();
		};
		return new Overview(all.stream().map(x -> new Overview.Row(x, shown.apply(x.personId()))).toList(),
				paying.stream().map(a -> new Overview.Choice(a.id(), shown.apply(a.personId()) + " "
						+ a.entitlement().label())).toList());
	}

	/** A county's suspensions as its page lists them, and the accounts one may suspend. */
	public record Overview(List<Row> suspensions, List<Choice> accounts) {

		public record Row(Suspension suspension, String person) {
		}

		public record Choice(long accountId, String label) {
		}
	}

	/** The suspensions in force of the accounts a county pays, by account (for its roll, whose caller was checked). */
	@Transactional(readOnly = true)
	public Map<Long, List<Suspension>> inForce(String county) {
		return store.inForce(county);
	}

	public Suspension suspend(SuspensionCommands.Suspend command, CurrentUser by) {
		PensionAccount account = accounts.find(command.accountId())
			.orElseThrow(() -> new NotFoundException("抚恤账户不存在"));
		requireCountyOffice(account.countyCode(), by);
		if (command.from().isBefore(account.firstMonth())) {
			throw new InvalidInputException("暂停起始月份 " + command.from() + " 早于该账户的起发月份 " + account.firstMonth());
		}
		if (account.lastMonth() != null && command.from().isAfter(account.lastMonth())) {
			throw new InvalidInputException("该账户发放至 " + account.lastMonth() + " 已终止，暂停起始月份 " + command.from()
					+ " 在此之后，不需要暂停");
		}
		store.lockAccount(account.id());
		for (Suspension earlier : store.ofAccount(account.id())) {
			if (earlier.open()) {
				throw new ConflictException("该账户自 " + earlier.from() + " 起已在暂停中，请先恢复发放，未做任何更改");
			}
			if (earlier.covers(command.from())) {
				throw new InvalidInputException("暂停起始月份 " + command.from() + " 落在此前 " + earlier.from() + " 至 "
						+ earlier.until() + " 的暂停期内");
			}
		}
		long id = store.insert(command, by.getUsername(), clock.now());
		audit.record(by, "PENSION_SUSPENDED", AuditTarget.of("PENSION_ACCOUNT", account.id()),
				account.entitlement().label() + "，自 " + command.from() + " 起暂停发放，决定日期 " + command.decidedOn());
		return store.find(id).orElseThrow();
	}

	public Suspension resume(SuspensionCommands.Resume command, CurrentUser by) {
		Suspension suspension = store.find(command.suspensionId())
			.orElseThrow(() -> new NotFoundException("暂停记录不存在"));
		PensionAccount account = accounts.find(suspension.accountId()).orElseThrow();
		requireCountyOffice(account.countyCode(), by);
		if (!suspension.open()) {
			throw new ConflictException("该暂停记录已于 " + suspension.resumedOn() + " 恢复发放，未做任何更改");
		}
		if (!command.from().isAfter(suspension.from())) {
			throw new InvalidInputException("恢复发放月份 " + command.from() + " 须晚于暂停起始月份 " + suspension.from());
		}
		if (!store.resume(command, clock.today(), by.getUsername())) {
			throw new ConflictException("该暂停记录在您打开后已被更改，本次未保存；请刷新后再提交");
		}
		audit.record(by, "PENSION_RESUMED", AuditTarget.of("PENSION_ACCOUNT", account.id()),
				account.entitlement().label() + "，自 " + command.from() + " 起恢复发放"
						+ (command.voided() ? "；撤销 " + suspension.from() + " 起的暂停，暂停期间补发" : ""));
		return store.find(suspension.id()).orElseThrow();
	}

	/** Whether the user is the county's own office, which alone suspends and resumes its accounts. */
	public static boolean mayWork(String county, CurrentUser by) {
		return by.can(Permission.PERSONAL_DATA_EDIT) && county.equals(by.regionCode());
	}

	private static void requireCountyOffice(String county, CurrentUser by) {
		if (county == null || !county.matches("\\d{6}") || RegionLevel.ofCode(county) != RegionLevel.COUNTY) {
			throw new InvalidInputException("暂停和恢复发放按县办理：请选择一个县（市、区）");
		}
		by.mayRead(county, Permission.PERSONAL_DATA_READ, "抚恤账户不存在");
		if (!mayWork(county, by)) {
			throw new AccessDeniedException("只有发放抚恤的县级双拥办可以暂停和恢复发放");
		}
	}
}
