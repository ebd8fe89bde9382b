package cn.shuangyong.beneficiaries;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the registry for a test that needs it empty: what hangs on households and people first (visits, campaign
 * targets, merit notices, plaques and applications, which the demo seeds), then people, households and import jobs.
 * Deleting people and households fires the roll-up triggers, so those counts stay right; the visit roll-up is kept by
 * the code that draws targets and records visits, so with both gone its rows go too.
 */
public final class RegistryReset {

	private RegistryReset() {
	}

	public static void emptyRegistry(JdbcClient jdbc) {
		for (String table : new String[] { "visit", "campaign_target", "merit_notice", "plaque_event", "plaque",
				"plaque_application", "person", "household", "import_job" }) {
			jdbc.sql("delete from beneficiaries." + table).update();
		}
		jdbc.sql("delete from beneficiaries.visit_rollup").update();
	}
}
