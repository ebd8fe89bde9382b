package cn.shuangyong.beneficiaries.honours;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the plaque roll-up exact after a change the honours make themselves (a plaque hung or revoked, an application
 * approved). Person and household writes refresh it through database triggers, whichever code makes them. Call it in
 * the transaction of the change.
 */
@Component
public class HonourRollups {

	private final JdbcClient jdbc;

	HonourRollups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void householdChanged(long householdId) {
		jdbc.sql("select beneficiaries.honour_refresh(array[cast(:id as bigint)])").param("id", householdId)
			.query((rs, i) -> 1).list();
	}
}
