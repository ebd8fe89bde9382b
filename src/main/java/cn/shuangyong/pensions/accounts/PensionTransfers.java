package cn.shuangyong.pensions.accounts;

import java.time.YearMonth;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.PersonMoved;
import cn.shuangyong.shared.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 抚恤关系迁移: a person the registry moves to another county keeps their pensions, paid by the old county to the end
 * of the year of the move and by the new one from the January after (伤残抚恤管理办法 Art. 23; 条例 2024 Art. 30, in
 * policy-facts §3). Each running account of the old county ends with that December, and an account of the same kind
 * opens in the new county from January, its basis naming the account it continues; an account that has not begun by
 * then simply passes to the new county. Both offices read the person's whole history: the old account keeps the old
 * region. Each transfer is audited ({@code PENSION_ACCOUNT_TRANSFERRED}) under the registry's move.
 */
@Component
class PensionTransfers {

	private static final Logger log = LoggerFactory.getLogger(PensionTransfers.class);

	private final PensionAccountStore store;

	private final AuditTrail audit;

	private final BusinessClock clock;

	PensionTransfers(PensionAccountStore store, AuditTrail audit, BusinessClock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PersonMoved moved) {
		if (moved.changedCounty()) {
			follow(moved.personId(), moved.toRegion(), YearMonth.of(moved.movedOn().getYear(), 12));
		}
	}

	/** Transfers the person's running accounts to the county of {@code toRegion}; the old one pays through {@code lastOld}. */
	void follow(long personId, String toRegion, YearMonth lastOld) {
		String toCounty = toRegion.substring(0, 6);
		YearMonth firstNew = lastOld.plusMonths(1);
		for (PensionAccount account : store.runningOf(personId)) {
			if (account.countyCode().equals(toCounty)) {
				continue;
			}
			String detail;
			long target;
			if (account.firstMonth().isAfter(lastOld)) {
				store.moveTo(account.id(), toRegion, toCounty);
				target = account.id();
				detail = account.entitlement().label() + "：尚未起发，由 " + account.countyCode() + " 移交 " + toCounty + "，"
						+ account.firstMonth() + " 起发";
			}
			else {
				store.end(account.id(), lastOld);
				String basis = "抚恤关系迁移：原由 " + account.countyCode() + " 发放（账户 " + account.id() + "，发至 " + lastOld
						+ "）；依据：" + account.basis();
				target = store.insert(new NewAccount(personId, account.entitlement(), firstNew, null,
						basis.length() > 300 ? basis.substring(0, 300) : basis), toRegion, toCounty, "system",
						clock.now()).orElseThrow();
				detail = account.entitlement().label() + "：" + account.countyCode() + " 发至 " + lastOld + "（账户 "
						+ account.id() + "），" + toCounty + " 自 " + firstNew + " 起发（账户 " + target + "）";
			}
			audit.record(new AuditEntry("system", null, toCounty, null, "PENSION_ACCOUNT_TRANSFERRED", "PENSION_ACCOUNT",
					String.valueOf(target), AuditOutcome.SUCCESS, detail));
			log.info("优抚对象 {} 迁往 {}：{}", personId, toCounty, detail);
		}
	}
}
