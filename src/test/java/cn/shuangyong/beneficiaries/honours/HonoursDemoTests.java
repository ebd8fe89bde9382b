package cn.shuangyong.beneficiaries.honours;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.HonoursPeople;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.demo.DemoSeeding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo honours wait for people in 楚雄州, are made from them on the first start, and never twice. */
@PlatformTest
class HonoursDemoTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HonoursDemo honoursDemo;

	@Autowired
	DemoSeeding seeding;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash hash;

	@Test
	void demoHonoursFollowThePeopleOfChuxiongAndAreMadeOnce() {
		if (count("select count(*) from beneficiaries.person where prefecture_code = '5323'") == 0) {
			honoursDemo.seed();
			assertThat(count("select count(*) from beneficiaries.visit_campaign where year = 2020 and region_code = '5323'"))
				.as("an empty registry gives no demo honours").isZero();
		}
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		for (int i = 0; i < 12; i++) {
			long household = people.household(i % 2 == 0 ? "532302101001" : "532301101001", null);
			people.person(household, "演示" + i, i % 3 == 0 ? "SERVICE_MEMBER_FAMILY_2019" : "DISCHARGED_SOLDIER_2019");
		}
		seeding.run(null);
		seeding.run(null);
		assertThat(seeding.order()).containsSubsequence("people", "honours");
		assertThat(count("select count(*) from beneficiaries.visit_campaign where year = 2020 and region_code = '5323'"))
			.isEqualTo(2);
		assertThat(count("select count(*) from beneficiaries.visit v join beneficiaries.campaign_target t on t.id = v.target_id "
				+ "join beneficiaries.visit_campaign c on c.id = t.campaign_id where c.year = 2020 and c.region_code = '5323'"))
			.isPositive();
		assertThat(count("select count(*) from beneficiaries.plaque_event where kind = 'REVOKED' and detail like '%演示数据%'")).isEqualTo(1);
		assertThat(count("select count(*) from beneficiaries.merit_notice where soldier_name in ('李建国', '张志强', '杨海涛') and late")).isEqualTo(1);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
