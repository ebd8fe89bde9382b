package cn.shuangyong.beneficiaries.merit;

import java.time.LocalDate;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.HonoursPeople;
import cn.shuangyong.beneficiaries.merit.MeritCommands.RecordCeremony;
import cn.shuangyong.beneficiaries.merit.MeritCommands.RegisterNotice;
import cn.shuangyong.beneficiaries.merit.MeritNotices.MeritNoticeView;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merit notices: which awards, registration within two working days, the level that delivers, the ceremony. */
@PlatformTest
class MeritNoticeTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	MeritNotices notices;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash hash;

	long household;

	@BeforeEach
	void family() {
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		household = people.household("532302101001", null);
		people.person(household, "刘父", "SERVICE_MEMBER_FAMILY_2019");
	}

	@Test
	void meritBelowThirdClassRejected() {
		assertThatThrownBy(() -> notices.register(notice("嘉奖", LocalDate.of(2020, 9, 29)), demo.signedIn("lufeng")))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("低于三等功，不送立功喜报");
		assertThatThrownBy(() -> notices.register(notice("四有优秀士兵", LocalDate.of(2020, 9, 29)), demo.signedIn("lufeng")))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("低于三等功");
		assertThatThrownBy(() -> notices.register(notice("五等功", LocalDate.of(2020, 9, 29)), demo.signedIn("lufeng")))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("无法识别");
		for (String award : new String[] { "八一勋章", "荣誉称号", "一等功", "二等功", "三等功" }) {
			assertThat(MeritAward.parse(award).label()).isEqualTo(award);
		}
		assertThat(notices.inScope(demo.signedIn("lufeng"), new Paging(0, Paging.MAX_SIZE)).content()).noneMatch(n -> n.householdId() == household);
	}

	@Test
	void lateRegistrationFlagged() {
		// business date 2020-09-30 (Wed); Sun 2020-09-27 was a working day (国庆调休)
		long onTime = notices.register(notice("三等功", LocalDate.of(2020, 9, 28)), demo.signedIn("lufeng"));
		long late = notices.register(notice("二等功", LocalDate.of(2020, 9, 25)), demo.signedIn("lufeng"));
		var lufeng = demo.signedIn("lufeng");
		assertThat(notices.find(onTime, lufeng).late()).isFalse();
		assertThat(notices.find(late, lufeng).late()).isTrue();
	}

	@Test
	void theRuleTableNamesTheDeliveringLevel() {
		var lufeng = demo.signedIn("lufeng");
		assertThat(notices.find(notices.register(notice("八一勋章", LocalDate.of(2020, 9, 29)), lufeng), lufeng).rule()
			.officeLevel()).isEqualTo("PROVINCE");
		assertThat(notices.find(notices.register(notice("一等功", LocalDate.of(2020, 9, 29)), lufeng), lufeng).rule()
			.officeLevel()).isEqualTo("PREFECTURE");
		var third = notices.find(notices.register(notice("三等功", LocalDate.of(2020, 9, 29)), lufeng), lufeng).rule();
		assertThat(third.officeLevel()).isEqualTo("COUNTY");
		assertThat(third.verified()).as("policy-facts marks the 三等功 level [U]").isFalse();
		// the table is data: an office that confirms another level changes a row, not the code
		jdbc.sql("update beneficiaries.merit_delivery_rule set office_level = 'PREFECTURE' where award = 'THIRD_CLASS'")
			.update();
		try {
			assertThat(notices.find(notices.register(notice("三等功", LocalDate.of(2020, 9, 29)), lufeng), lufeng)
				.rule().officeLevel()).isEqualTo("PREFECTURE");
		}
		finally {
			jdbc.sql("update beneficiaries.merit_delivery_rule set office_level = 'COUNTY' where award = 'THIRD_CLASS'")
				.update();
		}
	}

	@Test
	void unitDesignationsAreRefused() {
		var lufeng = demo.signedIn("lufeng");
		for (String designation : new String[] { "31668部队", "第十四集团军", "某师三团", "７７６２５部队" }) {
			assertThatThrownBy(() -> notices.register(new RegisterNotice(household, "刘兵", designation, "三等功", 2020,
					LocalDate.of(2020, 9, 29)), lufeng))
				.as(designation).isInstanceOf(InvalidInputException.class).hasMessageContaining("番号");
		}
		assertThat(new SoldierUnit("武警云南省总队某部").name()).isEqualTo("武警云南省总队某部");
	}

	@Test
	void theCeremonyIsRecordedOnceAndCountsAsDelivered() {
		var lufeng = demo.signedIn("lufeng");
		long id = notices.register(notice("二等功", LocalDate.of(2020, 9, 29)), lufeng);
		int seen = notices.find(id, lufeng).version();
		assertThatThrownBy(() -> notices.recordCeremony(id, seen,
				new RecordCeremony(LocalDate.of(2020, 9, 28), "", "", null), lufeng))
			.isInstanceOf(InvalidInputException.class);
		notices.recordCeremony(id, seen,
				new RecordCeremony(LocalDate.of(2020, 9, 30), "刘家院坝", "禄丰市退役军人事务局局长、市人武部", null), lufeng);
		MeritNoticeView delivered = notices.find(id, lufeng);
		assertThat(delivered.deliveredOn()).isEqualTo(LocalDate.of(2020, 9, 30));
		// a second official whose page still showed the notice undelivered: told who delivered it, nothing changes
		assertThatThrownBy(() -> notices.recordCeremony(id, seen,
				new RecordCeremony(LocalDate.of(2020, 9, 29), "x", "y", null), demo.signedIn("zhan")))
			.isInstanceOf(ConflictException.class)
			.hasMessage("该喜报已由他人登记送达（2020-09-30，禄丰市退役军人事务局局长、市人武部），本次未更改；请刷新页面，确认后再登记");
		assertThat(notices.find(id, lufeng)).isEqualTo(delivered);
		assertThatThrownBy(() -> notices.recordCeremony(id, delivered.version(),
				new RecordCeremony(LocalDate.of(2020, 9, 30), "x", "y", null), lufeng))
			.isInstanceOf(ConflictException.class).hasMessageContaining("不能重复登记");
		assertThat(notices.coverage(lufeng)).anyMatch(c -> c.countyCode().equals("532302") && c.delivered() >= 1);
		assertThatThrownBy(() -> notices.find(id, demo.signedIn(demo.newAccount(cn.shuangyong.accounts.Role.OFFICE_STAFF,
				Demo.WUHUA_OFFICE)))).isInstanceOf(NotFoundException.class);
	}

	private RegisterNotice notice(String award, LocalDate received) {
		return new RegisterNotice(household, "刘兵", "楚雄军分区", award, 2020, received);
	}
}
