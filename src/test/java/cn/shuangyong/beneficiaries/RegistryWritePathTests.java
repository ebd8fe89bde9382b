package cn.shuangyong.beneficiaries;

import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write path: each rule of a person's fields, encryption and lookup, households, locking and audit. */
@RegistryTest
class RegistryWritePathTests {

	@Autowired
	Registry registry;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash lookup;

	@Autowired
	HouseholdStore households;

	CurrentUser lufeng() {
		return demo.signedIn("lufeng");
	}

	long people() {
		return jdbc.sql("select count(*) from beneficiaries.person").query(Long.class).single();
	}

	List<String> problems(PersonDraft draft) {
		long before = people();
		try {
			registry.register(draft, null, lufeng());
		}
		catch (InvalidInputException e) {
			assertThat(people()).as("nothing saved").isEqualTo(before);
			return e.problems();
		}
		throw new AssertionError("accepted: " + draft);
	}

	PersonDraft with(String field, String value) {
		PersonDraft d = People.veteran("张三", People.LUFENG_VILLAGE);
		return switch (field) {
			case "name" -> new PersonDraft(value, d.idNumber(), d.phone(), d.address(), d.bankAccount(), d.categories(), d.disabilityGrade(), d.regionCode());
			case "id" -> new PersonDraft(d.name(), value, d.phone(), d.address(), d.bankAccount(), d.categories(), d.disabilityGrade(), d.regionCode());
			case "phone" -> new PersonDraft(d.name(), d.idNumber(), value, d.address(), d.bankAccount(), d.categories(), d.disabilityGrade(), d.regionCode());
			case "bank" -> new PersonDraft(d.name(), d.idNumber(), d.phone(), d.address(), value, d.categories(), d.disabilityGrade(), d.regionCode());
			case "categories" -> new PersonDraft(d.name(), d.idNumber(), d.phone(), d.address(), d.bankAccount(), value, d.disabilityGrade(), d.regionCode());
			case "region" -> new PersonDraft(d.name(), d.idNumber(), d.phone(), d.address(), d.bankAccount(), d.categories(), d.disabilityGrade(), value);
			default -> throw new IllegalArgumentException(field);
		};
	}

	@Test
	void rejectsWrongCheckCharacter() {
		String valid = People.idNumber();
		char wrong = valid.charAt(17) == '1' ? '2' : '1';
		assertThat(problems(with("id", valid.substring(0, 17) + wrong)))
			.anySatisfy(p -> assertThat(p).startsWith("公民身份号码：").contains("校验码应为 " + valid.charAt(17)));
	}

	@Test
	void storesIdEncryptedAndFindsItByHash() {
		PersonDraft draft = People.veteran("李四", People.LUFENG_VILLAGE);
		PersonRecord person = registry.register(draft, null, lufeng()).person();
		var row = jdbc.sql("select id_cipher, id_lookup, phone_cipher, bank_cipher, address_cipher from beneficiaries.person where id = :id")
			.param("id", person.id()).query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5))).single();
		assertThat(String.join("|", row)).doesNotContain(draft.idNumber()).doesNotContain("13987654321")
			.doesNotContain("6217000010002000305").doesNotContain("董户村12号");
		assertThat(cipher.decrypt(row.get(0), "beneficiaries.person:" + person.id() + ":id_number")).isEqualTo(draft.idNumber());
		assertThat(cipher.decrypt(row.get(2), PersonalField.PHONE.context(person.id()))).isEqualTo("13987654321");
		assertThat(row.get(1)).isEqualTo(lookup.of(draft.idNumber()));
		assertThat(registry.byIdNumber(new IdNumber(draft.idNumber()), lufeng())).map(PersonRecord::id).contains(person.id());
		assertThat(person.idMasked()).isEqualTo(draft.idNumber().substring(0, 6) + "********" + draft.idNumber().substring(14));
		assertThat(person.bankMasked()).isEqualTo("***************0305");
		assertThat(person.stationUnitId()).isEqualTo(demo.unitId(Demo.LUFENG_VILLAGE_STATION));
	}

	@Test
	void lowercaseXAndFullWidthDigitsAreNormalisedAndTheSamePersonIsNotRegisteredTwice() {
		String id = People.idNumber();
		String fullWidth = id.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０')) : "x")
			.reduce("", String::concat);
		registry.register(with("id", id), null, lufeng());
		assertThatThrownBy(() -> registry.register(with("id", fullWidth), null, lufeng()))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已登记");
	}

	@Test
	void namesAreCountedInCodePointsAndControlCharactersRefused() {
		assertThat(problems(with("name", "张\u0000三"))).containsExactly("姓名含有非法字符（U+0000）");
		assertThat(problems(with("name", "𠮷".repeat(51)))).containsExactly("姓名过长：最多 50 个字，实际为 51 个字");
		assertThat(registry.register(with("name", "𠮷".repeat(50)), null, lufeng()).person().name()).hasSize(100);
		assertThat(problems(with("name", "  "))).containsExactly("姓名为空");
	}

	@Test
	void phoneAndBankAccountFollowTheirRules() {
		assertThat(problems(with("phone", "1380013800"))).containsExactly("联系电话：手机号码应为 11 位，实际为 10 位");
		assertThat(problems(with("bank", "6217ABCD00010002"))).containsExactly("银行账号：银行账号只能由数字组成");
		assertThat(problems(with("bank", "12345678"))).containsExactly("银行账号：银行账号至少应为 12 位数字，实际为 8 位");
		Registry.Registered luhnFails = registry.register(with("bank", "6217000010002000306"), null, lufeng());
		assertThat(luhnFails.warnings()).anySatisfy(w -> assertThat(w).contains("Luhn"));
		assertThat(registry.register(with("phone", "+86 139-8765-4321"), null, lufeng()).person().phoneMasked())
			.isEqualTo("139****4321");
	}

	@Test
	void disabilityGradeIsReadAsWrittenAndRequiredForDisabledSoldiers() {
		for (String written : List.of("Ⅳ", "四级", "4级", "4", "IV")) {
			PersonDraft d = with("categories", "残疾军人");
			PersonDraft graded = new PersonDraft(d.name(), d.idNumber(), d.phone(), d.address(), d.bankAccount(),
					d.categories(), written, d.regionCode());
			assertThat(registry.register(graded, null, lufeng()).person().disabilityGrade()).as(written).isEqualTo(4);
		}
		assertThat(problems(with("categories", "残疾军人"))).containsExactly("伤残等级：残疾军人须填写伤残等级（一级至十级）");
		PersonDraft d = with("categories", "残疾军人");
		assertThat(problems(new PersonDraft(d.name(), d.idNumber(), d.phone(), d.address(), d.bankAccount(),
				d.categories(), "11", d.regionCode()))).containsExactly("伤残等级：伤残等级应在一级至十级之间，实际为 11");
		assertThat(problems(new PersonDraft(d.name(), d.idNumber(), d.phone(), d.address(), d.bankAccount(),
				d.categories(), "0", d.regionCode()))).containsExactly("伤残等级：伤残等级应在一级至十级之间，实际为 0");
		PersonDraft v = with("categories", "退伍军人");
		assertThat(problems(new PersonDraft(v.name(), v.idNumber(), v.phone(), v.address(), v.bankAccount(),
				v.categories(), "4级", v.regionCode()))).containsExactly("伤残等级：只有残疾军人填写伤残等级，此人的类别中没有残疾军人");
	}

	@Test
	void categoriesAreReadAgainstTheSetInForceOnTheBusinessDate() {
		// the demo's business date is 2020-09-30: the 2019 set, which keeps 复员军人 and 退伍军人 apart
		assertThat(problems(with("categories", "退役军人"))).singleElement()
			.satisfies(p -> assertThat(p).startsWith("优抚类别：").contains("复员军人和退伍军人"));
		assertThat(registry.register(with("categories", "烈属、军属"), null, lufeng()).person().categories())
			.containsExactly("MARTYR_FAMILY_2019", "SERVICE_MEMBER_FAMILY_2019");
	}

	@Test
	void regionMustBeARealTownshipOrVillageWithinScope() {
		assertThat(problems(with("region", "532302999999"))).containsExactly("行政区划：行政区划代码 532302999999 不存在");
		assertThat(problems(with("region", "532302"))).singleElement()
			.satisfies(p -> assertThat(p).contains("须精确到乡镇"));
		assertThat(problems(with("region", People.CHUXIONG_CITY_TOWNSHIP))).singleElement()
			.satisfies(p -> assertThat(p).contains("不在您的数据范围内"));
		PersonRecord township = registry.register(with("region", People.LUFENG_TOWNSHIP), null, lufeng()).person();
		assertThat(township.stationUnitId()).isEqualTo(demo.unitId(Demo.LUFENG_TOWNSHIP_STATION));
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		PersonDraft bad = new PersonDraft("", "110101199003074515", "123", null, "abc", "不存在的类别", null, "99");
		assertThat(problems(bad)).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void editsNameTheVersionTheyWereMadeAgainst() {
		PersonRecord person = registry.register(People.veteran("王五", People.LUFENG_VILLAGE), null, lufeng()).person();
		PersonDraft changed = new PersonDraft("王五", registryIdOf(person), null, null, null, "退伍军人", null,
				People.LUFENG_TOWNSHIP);
		assertThat(registry.edit(person.id(), person.version(), changed, lufeng()).person().version())
			.isEqualTo(person.version() + 1);
		assertThatThrownBy(() -> registry.edit(person.id(), person.version(), changed, lufeng()))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
	}

	String registryIdOf(PersonRecord person) {
		return cipher.decrypt(jdbc.sql("select id_cipher from beneficiaries.person where id = :id").param("id", person.id())
			.query(String.class).single(), PersonalField.ID_NUMBER.context(person.id()));
	}

	@Test
	void theDeathOfAHouseholdsLastMemberKeepsTheHouseholdWhoseHonoursAreOnRecord() {
		CurrentUser user = lufeng();
		PersonRecord alone = registry.register(People.veteran("孙独", People.LUFENG_VILLAGE), null, user).person();
		jdbc.sql("insert into beneficiaries.plaque (household_id, state, hung_on, hung_by) values (:h, 'HUNG', '2020-01-10', '禄丰市双拥办')")
			.param("h", alone.householdId()).update();
		registry.recordDeath(alone.id(), alone.version(), java.time.LocalDate.of(2020, 5, 1), user);
		assertThat(jdbc.sql("select count(*) from beneficiaries.household where id = :id").param("id", alone.householdId())
			.query(Long.class).single()).as("the household keeps its plaque").isOne();
		assertThat(jdbc.sql("select count(*) from beneficiaries.person where id = :id").param("id", alone.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void householdsKeepOneHeadAndEmptyOnesGo() {
		CurrentUser user = lufeng();
		PersonRecord head = registry.register(People.veteran("赵一", People.LUFENG_VILLAGE), null, user).person();
		PersonRecord member = registry.register(People.veteran("赵二", People.LUFENG_VILLAGE), head.householdId(), user)
			.person();
		assertThat(registry.household(head.householdId(), user).head().id()).isEqualTo(head.id());
		registry.recordDeath(head.id(), head.version(), java.time.LocalDate.of(2020, 5, 1), user);
		HouseholdRecord left = registry.household(member.householdId(), user);
		assertThat(left.head().id()).isEqualTo(member.id());
		PersonRecord other = registry.register(People.veteran("钱三", People.LUFENG_VILLAGE), null, user).person();
		PersonRecord moved = registry.joinHousehold(other.id(), other.version(), member.householdId(), user);
		assertThat(moved.householdId()).isEqualTo(member.householdId());
		assertThat(jdbc.sql("select count(*) from beneficiaries.household where id = :id").param("id", other.householdId())
			.query(Long.class).single()).as("the empty household is gone").isZero();
		registry.makeHead(moved.id(), member.id(), user);
		assertThat(registry.household(member.householdId(), user).head().id()).isEqualTo(moved.id());
		PersonRecord alone = registry.leaveHousehold(moved.id(), registry.person(moved.id(), user).version(), user);
		assertThat(alone.householdHead()).isTrue();
		assertThat(registry.household(member.householdId(), user).head().id()).isEqualTo(member.id());
	}

	@Test
	void aHouseholdTakesANewHeadOnlyFromWhoeverSawTheHeadItHasNow() {
		CurrentUser user = lufeng();
		PersonRecord head = registry.register(People.veteran("孙一", People.LUFENG_VILLAGE), null, user).person();
		PersonRecord member = registry.register(People.veteran("孙二", People.LUFENG_VILLAGE), head.householdId(), user)
			.person();
		String seen = lookupOf(head);
		// two writers saw 孙一 as head (as an edit of 孙一 and a 设为户主 running at once both do); the first wins
		assertThat(households.setHead(head.householdId(), seen, lookupOf(member), People.LUFENG_VILLAGE, null)).isTrue();
		assertThat(households.setHead(head.householdId(), seen, seen, People.LUFENG_TOWNSHIP, null))
			.as("the second is refused").isFalse();
		assertThat(registry.household(head.householdId(), user).head().id()).isEqualTo(member.id());
		assertThat(jdbc.sql("select region_code from beneficiaries.household where id = :id")
			.param("id", head.householdId()).query(String.class).single()).isEqualTo(People.LUFENG_VILLAGE);
		// 设为户主 from a page that still shows 孙一 as head is refused, naming the head now
		assertThatThrownBy(() -> registry.makeHead(head.id(), head.id(), user)).isInstanceOf(ConflictException.class)
			.hasMessage("户主已由他人改为“孙二”，本次未更改；请刷新页面，确认后再设");
		assertThat(registry.household(head.householdId(), user).head().id()).isEqualTo(member.id());
		// an edit of 孙一, no longer head, leaves the household with its head
		PersonRecord former = registry.person(head.id(), user);
		registry.move(former.id(), former.version(), People.LUFENG_TOWNSHIP, user);
		assertThat(registry.household(head.householdId(), user).head().id()).isEqualTo(member.id());
	}

	String lookupOf(PersonRecord person) {
		return jdbc.sql("select id_lookup from beneficiaries.person where id = :id").param("id", person.id())
			.query(String.class).single();
	}

	@Test
	void everyChangeIsAuditedWithoutPersonalData() {
		AuditRows audit = AuditRows.from(jdbc);
		PersonDraft draft = People.veteran("孙六", People.LUFENG_VILLAGE);
		PersonRecord person = registry.register(draft, null, lufeng()).person();
		PersonRecord moved = registry.move(person.id(), person.version(), People.LUFENG_TOWNSHIP, lufeng());
		registry.remove(moved.id(), moved.version(), "迁出本省", lufeng());
		assertThat(audit.ofType("BENEFICIARY_REGISTERED")).singleElement()
			.satisfies(r -> assertThat(r.objectId()).isEqualTo(String.valueOf(person.id())));
		assertThat(audit.ofType("BENEFICIARY_MOVED")).singleElement()
			.satisfies(r -> assertThat(r.detail()).contains(People.LUFENG_VILLAGE + " → " + People.LUFENG_TOWNSHIP));
		assertThat(audit.ofType("BENEFICIARY_REMOVED")).singleElement()
			.satisfies(r -> assertThat(r.detail()).contains("迁出本省").doesNotContain(draft.idNumber()).doesNotContain("孙六"));
	}

	@Test
	void outsideTheScopeIsNotFoundAndWithoutPermissionForbidden() {
		PersonRecord person = registry.register(People.veteran("周七", People.LUFENG_VILLAGE), null, lufeng()).person();
		assertThatThrownBy(() -> registry.person(person.id(), demo.signedIn(demo.newAccount(
				cn.shuangyong.accounts.Role.OFFICE_STAFF, Demo.WUHUA_OFFICE)))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> registry.move(person.id(), person.version(), People.LUFENG_TOWNSHIP,
				demo.signedIn("lingdao"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> registry.remove(person.id(), person.version(), " ", lufeng()))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("原因");
	}
}
