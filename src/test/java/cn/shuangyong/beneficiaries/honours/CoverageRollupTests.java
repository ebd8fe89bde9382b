package cn.shuangyong.beneficiaries.honours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.HonoursCoverage;
import cn.shuangyong.beneficiaries.HonoursPeople;
import cn.shuangyong.beneficiaries.plaques.PlaqueApplications;
import cn.shuangyong.beneficiaries.plaques.PlaqueApplications.SubmitApplication;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.HangPlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RevokePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueWork;
import cn.shuangyong.beneficiaries.visits.VisitCampaigns;
import cn.shuangyong.beneficiaries.visits.VisitCommands.OpenCampaign;
import cn.shuangyong.beneficiaries.visits.VisitCommands.RecordVisit;
import cn.shuangyong.beneficiaries.visits.Visits;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-ups equal a plain aggregate over the registry after every kind of change: people added, recategorised,
 * moved and removed, households moved and deleted, in bulk and one by one; plaques hung and revoked; applications
 * approved; targets drawn and visits recorded.
 */
@PlatformTest
class CoverageRollupTests {

	private static final String PLAIN_PLAQUES = """
			select left(h.region_code, 6) county, count(*) eligible,
			  count(*) filter (where exists (select 1 from beneficiaries.plaque pl where pl.household_id = h.id
			    and pl.state = 'HUNG')) plaqued
			from beneficiaries.household h
			where exists (select 1 from beneficiaries.person p where p.household_id = h.id
			    and p.categories && array(select category_code from beneficiaries.plaque_rule where eligible))
			  or exists (select 1 from beneficiaries.plaque_application a where a.household_id = h.id and a.state = 'APPROVED')
			group by 1 order by 1""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	PlaqueWork plaques;

	@Autowired
	PlaqueApplications applications;

	@Autowired
	VisitCampaigns campaigns;

	@Autowired
	Visits visits;

	@Autowired
	HonoursCoverage coverage;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash hash;

	@Test
	void coverageRollupsExactAfterChanges() {
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		var lufeng = demo.signedIn("lufeng");
		LocalDate day = LocalDate.of(2020, 7, 30);
		long a = people.household("532302101001", null);
		long veteran = people.person(a, "甲", "DISCHARGED_SOLDIER_2019");
		people.person(a, "乙", "VETERAN");
		long b = people.household("532302101002", null);
		long onlyMember = people.person(b, "丙", "MILITARY_FAMILY");
		long c = people.household("532302101003", null);
		people.person(c, "丁", "SOMETHING_ELSE");
		long d = people.household("532301101001", null);
		people.person(d, "戊", "MARTYR_FAMILY_2019");
		assertExact();

		plaques.hang(a, new HangPlaque(day, "钱站长", null), lufeng);
		plaques.hang(b, new HangPlaque(day, "钱站长", null), lufeng);
		assertExact();
		people.categories(onlyMember, "SOMETHING_ELSE"); // b loses eligibility, its plaque no longer counts
		people.categories(veteran, "SOMETHING_ELSE"); // a keeps it through its other member
		assertExact();
		people.moveHousehold(a, "532301101001"); // to 楚雄市: both counties change
		assertExact();
		long application = applications.submit(new SubmitApplication(c, "丁", "子女", "丁烈", "DUTY_DEATH", "证明"), lufeng);
		applications.approve(application, null, lufeng);
		plaques.hang(c, new HangPlaque(day, "钱站长", null), lufeng);
		plaques.revoke(c, 0, new RevokePlaque("DISHONEST_DEBTOR", "列入失信名单", day), lufeng);
		assertExact();
		people.remove(onlyMember);
		jdbc.sql("delete from beneficiaries.plaque_event where plaque_id in (select id from beneficiaries.plaque where household_id = :h)")
			.param("h", b).update();
		jdbc.sql("delete from beneficiaries.plaque where household_id = :h").param("h", b).update();
		jdbc.sql("delete from beneficiaries.household where id = :h").param("h", b).update();
		assertExact();
		// a bulk insert, as an import would write it, in one statement
		long e = people.household("532302101004", null);
		jdbc.sql("""
				insert into beneficiaries.person (household_id, name, name_key, sex, birth_date, id_lookup, id_cipher,
				  id_masked, categories, region_code, county_code, prefecture_code)
				select :h, '批量' || g, '批量' || g, 'F', date '1970-01-01', 'bulk-' || :h || '-' || g, 'x', 'x',
				  array['VETERAN'], '532302101004', '532302', '5323' from generate_series(1, 50) g""")
			.param("h", e).update();
		jdbc.sql("update beneficiaries.person set categories = array['NONE'] where household_id = :h").param("h", e)
			.update();
		jdbc.sql("update beneficiaries.person set categories = array['BEREAVED_FAMILY'] where household_id = :h and name = '批量7'")
			.param("h", e).update();
		assertExact();

		long campaign = campaigns.open(new OpenCampaign("BAYI", 2015, "5323", List.of("VETERAN", "BEREAVED_FAMILY",
				"MILITARY_FAMILY"), null, null, null, null, BigDecimal.valueOf(200), ""), demo.signedIn("chuxiong"));
		campaigns.drawTargets(campaign, demo.signedIn("chuxiong"));
		long target = jdbc.sql("select min(id) from beneficiaries.campaign_target where campaign_id = :c and county_code = '532302'")
			.param("c", campaign).query(Long.class).single();
		visits.record(target, new RecordVisit(day, "钱站长", BigDecimal.valueOf(200), "", null), lufeng);
		assertThat(jdbc.sql("select county_code, targets, visited from beneficiaries.visit_rollup where campaign_id = :c order by 1")
			.param("c", campaign).query().listOfRows())
			.isEqualTo(jdbc.sql("""
					select county_code, count(*) targets, count(*) filter (where visited) visited
					from beneficiaries.campaign_target where campaign_id = :c group by 1 order by 1""")
				.param("c", campaign).query().listOfRows());
		var figures = coverage.of("532302").visitCoverage().stream().filter(v -> v.campaignId() == campaign)
			.findFirst().orElseThrow();
		assertThat(figures.visited()).isEqualTo(1);
		assertThat(figures.targets()).isEqualTo(jdbc.sql(
				"select count(*) from beneficiaries.campaign_target where campaign_id = :c and county_code = '532302'")
			.param("c", campaign).query(Long.class).single());
		String township = jdbc.sql("select left(region_code, 9) from beneficiaries.campaign_target where id = :t")
			.param("t", target).query(String.class).single();
		var inTownship = coverage.of(township).visitCoverage().stream().filter(v -> v.campaignId() == campaign)
			.findFirst().orElseThrow();
		assertThat(inTownship.visited()).isEqualTo(1);
		assertThat(inTownship.targets()).as("the township's own targets, not its county's").isEqualTo(jdbc.sql(
				"select count(*) from beneficiaries.campaign_target where campaign_id = :c and region_code like :p")
			.param("c", campaign).param("p", township + "%").query(Long.class).single());
	}

	private void assertExact() {
		List<Map<String, Object>> rollup = jdbc.sql("""
				select county_code county, eligible_households eligible, plaqued_households plaqued
				from beneficiaries.plaque_rollup where eligible_households <> 0 or plaqued_households <> 0 order by 1""")
			.query().listOfRows();
		assertThat(rollup.toString()).isEqualTo(jdbc.sql(PLAIN_PLAQUES).query().listOfRows().toString());
		long plain = jdbc.sql(PLAIN_PLAQUES.replace("order by 1", "")).query().listOfRows().stream()
			.filter(r -> ((String) r.get("county")).startsWith("5323")).mapToLong(r -> ((Number) r.get("eligible")).longValue()).sum();
		assertThat(coverage.plaques("5323").eligibleHouseholds()).isEqualTo(plain);
		// a township and a village show their own figures, equal to the plain aggregate over their households
		for (String place : List.of("532302101", "532302101001", "532302101004", "532301101")) {
			List<Map<String, Object>> own = jdbc.sql(PLAIN_PLAQUES.replace("left(h.region_code, 6) county", "'x' county")
				.replace("household h\nwhere exists", "household h\nwhere h.region_code like :p and (exists")
				.replace("group by 1 order by 1", ") group by 1")).param("p", place + "%").query().listOfRows();
			long eligible = own.isEmpty() ? 0 : ((Number) own.get(0).get("eligible")).longValue();
			long plaqued = own.isEmpty() ? 0 : ((Number) own.get(0).get("plaqued")).longValue();
			assertThat(coverage.plaques(place)).as(place)
				.isEqualTo(new HonoursCoverage.PlaqueCoverage(eligible, plaqued));
		}
	}
}
