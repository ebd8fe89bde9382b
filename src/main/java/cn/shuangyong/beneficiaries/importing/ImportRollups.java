package cn.shuangyong.beneficiaries.importing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's and the honours' roll-ups brought up to date for an import's people, once and set-based, in the
 * import's transaction. While the import COPYs, the person insert triggers leave the roll-ups alone
 * ({@code beneficiaries.rollups_deferred()}, migration V2026_11_30_0100), so this must run before the commit: the
 * counts are then exact for every other transaction the moment the people become visible to it.
 * <p>
 * What the triggers would have added is computed from the plan ({@code import_plan}: the rows written) and the checks'
 * table (their county and categories): people per county and category, people per county, and the honour state of the
 * households the import created, which have neither a plaque nor an application yet, so are eligible exactly when one
 * of their members' categories is (the rule in {@code plaque_rule}). Households that existed before and gained
 * members are refreshed by {@code honour_refresh}, as any other change to them.
 */
final class ImportRollups {

	private static final String SETTING = "beneficiaries.rollups_deferred";

	private final JdbcClient jdbc;

	ImportRollups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * From here to {@link #refresh} (or the end of the transaction) inserted people are not counted by triggers, nor
	 * are inserted households in the per-place roll-ups.
	 */
	void defer() {
		jdbc.sql("select set_config(:name, 'on', true)").param("name", SETTING).query(String.class).single();
	}

	void refresh() {
		// rows in key order, as the triggers write them, so concurrent writers lock counties in one order
		jdbc.sql("""
				insert into beneficiaries.person_count (county_code, category, people)
				select c.county_code, k, count(*) from import_plan p join import_check c on c.ordinal = p.ordinal,
				  unnest(c.categories) k
				group by 1, 2 order by 1, 2
				on conflict (county_code, category) do update
				  set people = beneficiaries.person_count.people + excluded.people""").update();
		jdbc.sql("""
				insert into beneficiaries.county_total (county_code, prefecture_code, people)
				select c.county_code, min(c.prefecture_code), count(*) from import_plan p
				  join import_check c on c.ordinal = p.ordinal
				group by 1 order by 1
				on conflict (county_code) do update set people = beneficiaries.county_total.people + excluded.people""")
			.update();
		places();
		jdbc.sql("""
				insert into beneficiaries.household_honour (household_id, county_code, eligible, plaqued)
				select n.id, left(min(h.region_code), 6),
				  bool_or(c.categories && array(select category_code::text from beneficiaries.plaque_rule where eligible)),
				  false
				from import_new_household n join beneficiaries.household h on h.id = n.id
				  join import_plan p on p.household_id = n.id join import_check c on c.ordinal = p.ordinal
				group by n.id""").update();
		jdbc.sql("""
				insert into beneficiaries.plaque_rollup (county_code, eligible_households, plaqued_households)
				select o.county_code, count(*), 0 from beneficiaries.household_honour o
				where o.eligible and o.household_id in (select id from import_new_household)
				group by 1 order by 1
				on conflict (county_code) do update
				  set eligible_households = beneficiaries.plaque_rollup.eligible_households + excluded.eligible_households""")
			.update();
		jdbc.sql("""
				select beneficiaries.honour_refresh(array(select distinct p.household_id from import_plan p
				  where not exists (select 1 from import_new_household n where n.id = p.household_id)))""")
			.query(rs -> {
			});
		jdbc.sql("select set_config(:name, 'off', true)").param("name", SETTING).query(String.class).single();
	}

	/**
	 * People per place and category, people and new households per place (a household counts where its head lives).
	 * The county locks are those {@code place_refresh} takes, in the same order, so a recount by another writer sees
	 * either none or all of the import.
	 */
	private void places() {
		jdbc.sql("""
				select count(pg_advisory_xact_lock(hashtext('beneficiaries.place:' || county))) from (
				  select distinct left(c.region_code, 6) county from import_plan p join import_check c on c.ordinal = p.ordinal
				  union
				  select left(h.region_code, 6) from import_new_household n join beneficiaries.household h on h.id = n.id
				  order by 1) counties""").query(Long.class).single();
		jdbc.sql("""
				insert into beneficiaries.place_total (region_code, people, households)
				select region_code, sum(people), sum(households) from (
				  select c.region_code, count(*) people, 0 households from import_plan p
				    join import_check c on c.ordinal = p.ordinal group by 1
				  union all
				  select h.region_code, 0, count(*) from import_new_household n
				    join beneficiaries.household h on h.id = n.id group by 1) added
				group by 1 order by 1
				on conflict (region_code) do update set people = beneficiaries.place_total.people + excluded.people,
				  households = beneficiaries.place_total.households + excluded.households""").update();
		jdbc.sql("""
				insert into beneficiaries.place_count (region_code, category, people)
				select c.region_code, k, count(*) from import_plan p join import_check c on c.ordinal = p.ordinal,
				  unnest(c.categories) k
				group by 1, 2 order by 1, 2
				on conflict (region_code, category) do update
				  set people = beneficiaries.place_count.people + excluded.people""").update();
	}
}
