package cn.shuangyong.beneficiaries.plaques;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.beneficiaries.HonoursCoverage;
import cn.shuangyong.beneficiaries.HonoursPeople;
import cn.shuangyong.beneficiaries.plaques.PlaqueApplications.SubmitApplication;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.HangPlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.ReplacePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RestorePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RevokePlaque;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plaque rules, one test each: who is eligible, one per household, grounds for revocation, applications, scope. */
@PlatformTest
class PlaqueRulesTests {

	static final String LUFENG_VILLAGE = "532302101001";

	static final String CHUXIONG_VILLAGE = "532301101001";

	static final LocalDate DAY = LocalDate.of(2020, 7, 30);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	PlaqueWork work;

	@Autowired
	Plaques plaques;

	@Autowired
	PlaqueApplications applications;

	@Autowired
	PlaqueEligibility eligibility;

	@Autowired
	HonoursCoverage coverage;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash hash;

	HonoursPeople people;

	@BeforeEach
	void mother() {
		people = new HonoursPeople(jdbc, cipher, hash);
	}

	@Test
	void eligibilityFromCategories() {
		// 2019 set: 三属, 军属, 复员 and 退伍 apart, 现役军人 and 残疾军人 (cited in plaque_rule)
		assertThat(eligibility.basesOf(java.util.List.of("MARTYR_FAMILY_2019"))).containsExactly(PlaqueBasis.BEREAVED);
		assertThat(eligibility.basesOf(java.util.List.of("ILLNESS_DEATH_FAMILY_2019", "DISCHARGED_SOLDIER_2019")))
			.containsExactlyInAnyOrder(PlaqueBasis.BEREAVED, PlaqueBasis.VETERAN);
		assertThat(eligibility.basesOf(java.util.List.of("SERVICE_MEMBER_FAMILY_2019"))).containsExactly(PlaqueBasis.MILITARY);
		assertThat(eligibility.basesOf(java.util.List.of("ACTIVE_SERVICE_MEMBER_2019"))).containsExactly(PlaqueBasis.MILITARY);
		assertThat(eligibility.basesOf(java.util.List.of("DEMOBILISED_SOLDIER_2019"))).containsExactly(PlaqueBasis.VETERAN);
		assertThat(eligibility.eligible(java.util.List.of("DISABLED_SOLDIER_2019"))).isTrue();
		// 2024 set of five
		assertThat(eligibility.basesOf(java.util.List.of("BEREAVED_FAMILY"))).containsExactly(PlaqueBasis.BEREAVED);
		assertThat(eligibility.basesOf(java.util.List.of("MILITARY_FAMILY", "VETERAN")))
			.containsExactlyInAnyOrder(PlaqueBasis.MILITARY, PlaqueBasis.VETERAN);
		assertThat(eligibility.eligible(java.util.List.of("SERVICE_MEMBER"))).isTrue();
		assertThat(eligibility.eligible(java.util.List.of("DISABLED_SOLDIER"))).isTrue();
		assertThat(eligibility.eligible(java.util.List.of("NOT_A_CATEGORY"))).isFalse();
		assertThat(eligibility.rule("VETERAN").orElseThrow().source()).contains("国办发〔2018〕72号");

		// the roll-up reads the same rules: a household counts once, whatever its members hold
		long before = coverage.plaques("532302").eligibleHouseholds();
		long household = people.household(LUFENG_VILLAGE, null);
		people.person(household, "张红", "MARTYR_FAMILY_2019");
		people.person(household, "张军", "VETERAN");
		assertThat(coverage.plaques("532302").eligibleHouseholds()).isEqualTo(before + 1);
		assertThat(plaques.eligible(household)).isTrue();
	}

	@Test
	void onePlaquePerHousehold() {
		long household = eligibleHousehold(LUFENG_VILLAGE);
		AuditRows audit = AuditRows.from(jdbc);
		work.hang(household, new HangPlaque(DAY, "李四、王五", null), demo.signedIn("zhan"));
		assertThatThrownBy(() -> work.hang(household, new HangPlaque(DAY, "李四", null), demo.signedIn("lufeng")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("一户只挂一块");
		// the database holds the rule too, whatever code writes
		assertThatThrownBy(() -> jdbc.sql("""
				insert into beneficiaries.plaque (household_id, state, hung_on, hung_by) values (:h, 'HUNG', :d, 'x')""")
			.param("h", household).param("d", DAY).update()).isInstanceOf(DuplicateKeyException.class);
		assertThat(audit.ofType("PLAQUE_HUNG")).singleElement().satisfies(r -> assertThat(r.actor()).isEqualTo("zhan"));
	}

	@Test
	void hangingNeedsAnEligibleHouseholdAndAPastDate() {
		long household = people.household(LUFENG_VILLAGE, null);
		people.person(household, "无类别", "NOT_ELIGIBLE_TEST");
		assertThatThrownBy(() -> work.hang(household, new HangPlaque(DAY, "李四", null), demo.signedIn("lufeng")))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("没有符合悬挂条件");
		long eligible = eligibleHousehold(LUFENG_VILLAGE);
		assertThatThrownBy(() -> work.hang(eligible, new HangPlaque(LocalDate.of(2021, 1, 1), "", null),
				demo.signedIn("lufeng")))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(2));
		assertThat(plaques.plaqueOf(eligible)).isEmpty();
	}

	@Test
	void revocationNeedsGrounds() {
		long household = eligibleHousehold(LUFENG_VILLAGE);
		work.hang(household, new HangPlaque(DAY, "李四", null), demo.signedIn("lufeng"));
		var lufeng = demo.signedIn("lufeng");
		assertThatThrownBy(() -> work.revoke(household, 0, new RevokePlaque(null, "", DAY), lufeng))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems())
				.anyMatch(p -> p.contains("须选择依据")).anyMatch(p -> p.contains("事实和理由")));
		assertThatThrownBy(() -> work.revoke(household, 0, new RevokePlaque("MADE_UP", "x", DAY), lufeng))
			.isInstanceOf(InvalidInputException.class);
		assertThat(plaques.plaqueOf(household).orElseThrow().state()).isEqualTo(PlaqueState.HUNG);
		// a station may not revoke: the county decides
		assertThatThrownBy(() -> work.revoke(household, 0,
				new RevokePlaque("CRIMINAL_SENTENCE", "户主之子被判处有期徒刑", DAY), demo.signedIn("zhan")))
			.isInstanceOf(AccessDeniedException.class);

		long withBefore = coverage.plaques("532302").withPlaque();
		work.revoke(household, 0, new RevokePlaque("CRIMINAL_SENTENCE", "户主之子被判处有期徒刑", DAY), lufeng);
		assertThat(plaques.plaqueOf(household).orElseThrow().state()).isEqualTo(PlaqueState.REVOKED);
		assertThat(coverage.plaques("532302").withPlaque()).isEqualTo(withBefore - 1);
		assertThat(plaques.events(plaques.plaqueOf(household).orElseThrow().id()))
			.anyMatch(e -> e.kind().equals("REVOKED") && "CRIMINAL_SENTENCE".equals(e.reason()));

		work.restore(household, 1, new RestorePlaque("刑满释放后经评议恢复", DAY.plusDays(10)), lufeng);
		assertThat(plaques.plaqueOf(household).orElseThrow().state()).isEqualTo(PlaqueState.HUNG);
		assertThat(coverage.plaques("532302").withPlaque()).isEqualTo(withBefore);
	}

	@Test
	void aChangeToAPlaqueSomeoneChangedMeanwhileIsRefusedAndChangesNothing() {
		long household = eligibleHousehold(LUFENG_VILLAGE);
		var lufeng = demo.signedIn("lufeng");
		work.hang(household, new HangPlaque(DAY, "李四", null), lufeng);
		int seen = plaques.plaqueOf(household).orElseThrow().version();
		AuditRows audit = AuditRows.from(jdbc);
		// two pages showed the hung plaque; the first revokes it
		work.revoke(household, seen, new RevokePlaque("CRIMINAL_SENTENCE", "户主之子被判处有期徒刑", DAY), lufeng);
		Plaques.PlaqueView after = plaques.plaqueOf(household).orElseThrow();
		assertThatThrownBy(() -> work.revoke(household, seen,
				new RevokePlaque("DISHONEST_DEBTOR", "列入失信名单", DAY), lufeng))
			.isInstanceOf(ConflictException.class)
			.hasMessage("该户光荣牌已由 lufeng 取消悬挂（" + DAY + "），本次取消悬挂未执行；请刷新页面，确认后再操作");
		assertThatThrownBy(() -> work.replace(household, seen,
				new ReplacePlaque("DAMAGED", DAY, "王五", null, null), demo.signedIn("zhan")))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已由 lufeng 取消悬挂");
		assertThat(plaques.plaqueOf(household).orElseThrow()).isEqualTo(after);
		assertThat(plaques.events(after.id())).extracting(Plaques.PlaqueEventView::kind).containsExactly("HUNG", "REVOKED");
		assertThat(audit.ofType("PLAQUE_REVOKED")).hasSize(1);

		// restoring from a page that still showed it hung before the revocation is refused too
		assertThatThrownBy(() -> work.restore(household, seen, new RestorePlaque("复核", DAY), lufeng))
			.isInstanceOf(ConflictException.class).hasMessageContaining("本次恢复悬挂未执行");
		assertThat(plaques.plaqueOf(household).orElseThrow().state()).isEqualTo(PlaqueState.REVOKED);
	}

	@Test
	void applicationWithoutCertificateNeedsReview() {
		long household = people.household(LUFENG_VILLAGE, null);
		people.person(household, "赵母", "NONE_TEST");
		long eligibleBefore = coverage.plaques("532302").eligibleHouseholds();
		var zhan = demo.signedIn("zhan");
		assertThatThrownBy(() -> applications.submit(
				new SubmitApplication(household, "赵母", "邻居", "赵烈", "MARTYR", "村委会证明"), zhan))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("与逝者关系");
		long id = applications.submit(
				new SubmitApplication(household, "赵母", "父母", "赵烈", "MARTYR", "村委会证明、人武部档案摘抄"), zhan);
		// submitted is not yet eligible, and a station cannot approve
		assertThat(plaques.eligible(household)).isFalse();
		assertThatThrownBy(() -> work.hang(household, new HangPlaque(DAY, "李四", null), zhan))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> applications.approve(id, null, zhan)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> applications.approve(id, null, demo.signedIn("chuxiong")))
			.as("the prefecture office is not the county office").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> applications.refuse(id, " ", demo.signedIn("lufeng")))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("理由");

		applications.approve(id, "材料齐全，认定为烈士遗属", demo.signedIn("lufeng"));
		assertThat(plaques.eligible(household)).isTrue();
		assertThat(coverage.plaques("532302").eligibleHouseholds()).isEqualTo(eligibleBefore + 1);
		assertThatThrownBy(() -> applications.refuse(id, "重复", demo.signedIn("lufeng")))
			.isInstanceOf(ConflictException.class);
		work.hang(household, new HangPlaque(DAY, "李四", null), zhan);
		assertThat(plaques.plaqueOf(household)).isPresent();

		long refused = applications.submit(
				new SubmitApplication(household, "赵妻", "配偶", "赵烈", "MARTYR", "无"), zhan);
		applications.refuse(refused, "已有获批申请", demo.signedIn("lufeng"));
		assertThat(applications.inScope(demo.signedIn("lufeng"), Paging.first()).content()).anyMatch(a -> a.id() == refused
				&& a.state().equals("REFUSED") && a.reviewReason().equals("已有获批申请"));
	}

	@Test
	void scopeAnswers404OutsideAnd403WithoutTheRight() {
		long chuxiongHousehold = eligibleHousehold(CHUXIONG_VILLAGE);
		assertThatThrownBy(() -> work.hang(chuxiongHousehold, new HangPlaque(DAY, "李四", null), demo.signedIn("lufeng")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> work.hang(chuxiongHousehold, new HangPlaque(DAY, "李四", null), demo.signedIn("zhan")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> work.hang(chuxiongHousehold, new HangPlaque(DAY, "李四", null), demo.signedIn("lingdao")))
			.as("a leader reads but does not record").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plaques.withoutPlaque(demo.signedIn("xuanchuan"), null, Paging.first()))
			.as("a liaison reads no personal data").isInstanceOf(AccessDeniedException.class);
		String wuhua = demo.newAccount(Role.OFFICE_STAFF, Demo.WUHUA_OFFICE);
		assertThat(withoutPlaque(demo.signedIn(wuhua))).noneMatch(h -> h.householdId() == chuxiongHousehold);
		assertThat(withoutPlaque(demo.signedIn("chuxiong"))).anyMatch(h -> h.householdId() == chuxiongHousehold);
	}

	/** Every page of the households without a plaque: a new household is the last. */
	private List<Plaques.HouseholdWithout> withoutPlaque(CurrentUser user) {
		List<Plaques.HouseholdWithout> all = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			ListPage<Plaques.HouseholdWithout> found = plaques.withoutPlaque(user, null, new Paging(page, Paging.MAX_SIZE));
			all.addAll(found.content());
			if (!found.hasNext()) {
				return all;
			}
		}
	}

	private long eligibleHousehold(String region) {
		long household = people.household(region, null);
		people.person(household, "王退伍", "DISCHARGED_SOLDIER_2019");
		return household;
	}
}
