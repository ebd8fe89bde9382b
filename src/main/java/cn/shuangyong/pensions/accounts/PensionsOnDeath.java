package cn.shuangyong.pensions.accounts;

import java.time.YearMonth;

import cn.shuangyong.beneficiaries.PersonDied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A death recorded in the registry ends the person's pension accounts with the month of death, which is still paid.
 * A month paid after it, because the death was recorded late, is overpaid, and the county's next roll takes it back
 * or records it as owed. (The 12-month funeral grant of the 2024 条例 needs the cause of death, which the registry
 * does not record yet.)
 */
@Component
class PensionsOnDeath {

	private static final Logger log = LoggerFactory.getLogger(PensionsOnDeath.class);

	private final PensionAccountStore store;

	PensionsOnDeath(PensionAccountStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(PersonDied died) {
		int ended = store.endWith(died.personId(), YearMonth.from(died.diedOn()));
		if (ended > 0) {
			log.info("优抚对象 {} 已登记死亡（{}）：{} 个抚恤账户发至当月", died.personId(), died.diedOn(), ended);
		}
	}
}
