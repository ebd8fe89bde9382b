package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.shared.CurrentUser;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county opens pension accounts for people it registers, generates a month's roll at the standards in force,
 * approves it once, and the next roll pays back what an approved month was paid short.
 */
@PlatformTest
class PaymentRollsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	PaymentRolls rolls;

	@Autowired
	Registry registry;

	@Test
	void aCountyRollsAMonthApprovesItOnceAndPaysBackTheDifferenceOfAStandardPublishedLater() throws Exception {
		// 双柏县, which the demo gives no pensions, so that the months are this test's own
		String office = demo.newAccount(Role.OFFICE_STAFF, "office:532322");
		jdbc.sql("update accounts.account set must_change_password = false where id = :id")
			.param("id", demo.accountId(office)).update();
		// one of a household of several, so that the death later in this test leaves the household standing
		long person = jdbc.sql("""
				select p.id from beneficiaries.person p where p.county_code = '532322'
				  and (select count(*) from beneficiaries.person q where q.household_id = p.household_id) > 1
				order by p.id limit 1""").query(Long.class).single();
		// registered as a 残疾军人 of grade 3, as the registry's record of a disability pensioner is
		jdbc.sql("update beneficiaries.person set categories = array['DISABLED_SOLDIER_2019'], disability_grade = 3 where id = :id")
			.param("id", person).update();
		call(office, post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":3,"nature":"ON_DUTY","firstMonth":"2020-01","settledThrough":"2020-06",
				 "basis":"《评定、调整残疾等级审批表》 双柏 2019-12"}""".formatted(person)).with(csrf()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.entitlementLabel").value("3级因公"));
		call(office, post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":2,"nature":"IN_BATTLE","firstMonth":"2020-01","basis":"重复开户"}""".formatted(person))
			.with(csrf())).andExpect(status().isConflict());
		CurrentUser county = demo.signedIn(office);
		// July and August were rolled and approved before the 2020-08-01 standard was published on 2020-09-10
		for (YearMonth month : new YearMonth[] { YearMonth.of(2020, 7), YearMonth.of(2020, 8) }) {
			PaymentRoll roll = rolls.generate("532322", month, month.atEndOfMonth(), county);
			rolls.approve("532322", month, roll.version(), county);
		}
		call(office, get("/api/v1/pensions/rolls?region=532322&month=2020-08"))
			.andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.statusLabel").value("已审批"))
			.andExpect(jsonPath("$.lines.content[0].regular").value(5482.5))
			.andExpect(jsonPath("$.lines.content[0].arrears").value(0.0));
		call(office, post("/api/v1/pensions/rolls/532322/2020-09/generation").with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GENERATED"))
			.andExpect(jsonPath("$.lines.content[0].regular").value(6030.0))
			.andExpect(jsonPath("$.lines.content[0].arrears").value(547.5))
			.andExpect(jsonPath("$.lines.content[0].person").value(containsString("*")))
			.andExpect(jsonPath("$.totals.total").value(6577.5));
		// generated again from the same data: the same figures
		call(office, post("/api/v1/pensions/rolls/532322/2020-09/generation").with(csrf()))
			.andExpect(jsonPath("$.totals.total").value(6577.5)).andExpect(jsonPath("$.lines.totalElements").value(1));
		int version = rolls.find("532322", YearMonth.of(2020, 9), cn.shuangyong.shared.Paging.first(), county).roll()
			.version();
		call(office, post("/api/v1/pensions/rolls/532322/2020-09/approval").header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		call(office, post("/api/v1/pensions/rolls/532322/2020-09/approval").header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.with(csrf())).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("已经审批")));
		call(office, post("/api/v1/pensions/rolls/532322/2020-09/generation").with(csrf()))
			.andExpect(status().isConflict());
		// the next month owes nothing back: August's difference was paid in September
		PaymentRoll october = rolls.generate("532322", YearMonth.of(2020, 10), LocalDate.of(2020, 10, 31), county);
		assertThat(october.totals().arrears()).isZero();
		rolls.approve("532322", YearMonth.of(2020, 10), october.version(), county);
		// a death on 2020-09-20, recorded after October was paid: September is still due, October was overpaid, and
		// November pays nothing and records October's 6,030.00 as owed
		registry.recordDeath(person, registry.person(person, county).version(), LocalDate.of(2020, 9, 20), county);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"select count(*) from pensions.account where person_id = :p and last_month = '2020-09-01'")
			.param("p", person).query(Long.class).single() == 1);
		rolls.generate("532322", YearMonth.of(2020, 11), LocalDate.of(2020, 11, 30), county);
		// this person's line: another test (RatingChainTests) may have given 双柏 an account from October
		RollLine november = rolls.find("532322", YearMonth.of(2020, 11), cn.shuangyong.shared.Paging.first(), county)
			.lines().content().stream().filter(l -> l.personId() == person).findFirst().orElseThrow();
		assertThat(november.regular()).isZero();
		assertThat(november.arrears()).isZero();
		assertThat(november.stillOwed()).isEqualByComparingTo("6030.00");
		assertThat(november.person()).isEqualTo("（已不在本县登记）");
	}

	@Test
	void rollsAndAccountsKeepToTheScopeAndRefuseBadInput() throws Exception {
		call("lufeng", get("/api/v1/pensions/rolls?region=532301&month=2020-09")).andExpect(status().isNotFound());
		call("chuxiong", post("/api/v1/pensions/rolls/532302/2020-05/generation").with(csrf()))
			.andExpect(status().isForbidden());
		call("admin", get("/api/v1/pensions/rolls?region=532302&month=2020-09")).andExpect(status().isForbidden());
		call("lufeng", get("/api/v1/pensions/rolls?region=5323&month=2020-09")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("县级行政区划代码")));
		call("lufeng", get("/api/v1/pensions/rolls?region=532302&month=2020-13")).andExpect(status().isBadRequest());
		call("lufeng", get("/api/v1/pensions/rolls?region=532302&month=2019-01")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("尚未生成")));
		long outside = personIn("532301", 0);
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":3,"nature":"ON_DUTY","firstMonth":"2020-01","basis":"某表"}""".formatted(outside))
			.with(csrf())).andExpect(status().isNotFound());
		long inside = personIn("532302", 1);
		long before = jdbc.sql("select count(*) from pensions.account").query(Long.class).single();
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":7,"nature":"ILLNESS","firstMonth":"2020-1","basis":" "}""".formatted(inside))
			.with(csrf())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0]").value(containsString("因病致残没有 7 级")))
			.andExpect(jsonPath("$.problems[1]").value(containsString("起发月份")))
			.andExpect(jsonPath("$.problems[2]").value(containsString("依据")));
		// a kind the person's registry categories do not support is refused, naming the field
		List<Long> soldiers = jdbc.sql("""
				select id from beneficiaries.person where county_code = '532302'
				  and categories = array['DISCHARGED_SOLDIER_2019']::varchar[] order by id limit 2""").query(Long.class).list();
		long soldier = soldiers.get(0);
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":3,"nature":"ON_DUTY","firstMonth":"2020-01","basis":"某表"}""".formatted(soldier))
			.with(csrf())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0]").value(containsString("残疾等级和性质（grade、nature）")))
			.andExpect(jsonPath("$.problems[0]").value(containsString("登记的类别是「退伍军人」")));
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"category":"RURAL_DEMOBILISED","firstMonth":"2020-01","basis":"某表"}""".formatted(soldier))
			.with(csrf())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0]").value(containsString("抚恤补助类别（category）：在乡复员军人要求此人在优抚对象库中属于「复员军人」或「退役军人」")));
		assertThat(jdbc.sql("select count(*) from pensions.account").query(Long.class).single()).isEqualTo(before);
		// a kind the registry supports opens, under the 2019 category or its 2024 successor alike
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"category":"RURAL_OLD_CONSCRIPT","yearsServed":3,"firstMonth":"2020-10","basis":"某表"}"""
			.formatted(soldier)).with(csrf())).andExpect(status().isCreated());
		long veteran = soldiers.get(1);
		jdbc.sql("update beneficiaries.person set categories = array['VETERAN'] where id = :id").param("id", veteran).update();
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"category":"RURAL_OLD_CONSCRIPT","yearsServed":2,"firstMonth":"2020-10","basis":"某表"}"""
			.formatted(veteran)).with(csrf())).andExpect(status().isCreated());
	}

	/**
	 * The demo's September roll of 禄丰, as its office sees it: every line pays the month at the standard in force on
	 * 2020-09-01 (the yearly amount ÷ 12, to the fen) and pays back August's difference between the 2020-08-01
	 * standard and the 2019 one that August was paid at; the totals are the sums of the lines.
	 */
	@Test
	void theDemoSeptemberRollOfLufengPaysTheMonthAtTheNewStandardAndAugustsDifferenceBack() throws Exception {
		String json = call("lufeng", get("/api/v1/pensions/rolls?region=532302&month=2020-09&size=500"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GENERATED"))
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> lines = JsonPath.read(json, "$.lines.content");
		assertThat(lines.size()).as("the demo opens accounts in 禄丰").isGreaterThan(5);
		assertThat((Integer) JsonPath.read(json, "$.lines.totalElements")).isEqualTo(lines.size());
		BigDecimal regular = BigDecimal.ZERO;
		BigDecimal arrears = BigDecimal.ZERO;
		for (var line : lines) {
			long account = ((Number) line.get("account")).longValue();
			BigDecimal september = monthly(account, LocalDate.of(2020, 9, 1));
			BigDecimal august = monthly(account, LocalDate.of(2020, 8, 1));
			BigDecimal paidForAugust = monthly(account, LocalDate.of(2020, 7, 31));
			assertThat(amount(line.get("regular"))).as(line.toString()).isEqualByComparingTo(september);
			assertThat(amount(line.get("arrears"))).as(line.toString())
				.isEqualByComparingTo(august.subtract(paidForAugust));
			assertThat(amount(line.get("recovered"))).isZero();
			regular = regular.add(amount(line.get("regular")));
			arrears = arrears.add(amount(line.get("arrears")));
		}
		assertThat(arrears).as("the 2020 standard raised August's pensions").isPositive();
		assertThat(amount(JsonPath.read(json, "$.totals.regular"))).isEqualByComparingTo(regular);
		assertThat(amount(JsonPath.read(json, "$.totals.arrears"))).isEqualByComparingTo(arrears);
		assertThat(amount(JsonPath.read(json, "$.totals.total"))).isEqualByComparingTo(regular.add(arrears));
		call("lufeng", get("/api/v1/pensions/rolls?region=532302&month=2020-08"))
			.andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.totals.arrears").value(0.0));
	}

	/**
	 * The roll page shows 禄丰's own office its September roll with the August back pay explained and the approve
	 * button; the prefecture reads it without the buttons; a person's page lists every month paid.
	 */
	@Test
	void theRollPageExplainsEachLineAndOnlyTheCountyOfficeMayApprove() throws Exception {
		String page = call("lufeng", get("/pensions/rolls")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("已生成，待审批").contains("补发 2020-08 差额").contains("id=\"approve\"")
			.contains("name=\"version\"");
		String prefecture = call("chuxiong", get("/pensions/rolls?region=532302&month=2020-09")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(prefecture).contains("补发 2020-08 差额").doesNotContain("id=\"approve\"").doesNotContain("id=\"generate\"");
		assertThat(call("chuxiong", get("/pensions/rolls")).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"lines\"");
		call("lufeng", get("/pensions/rolls?region=532301&month=2020-09")).andExpect(status().isNotFound());
		assertThat(call("lufeng", get("/pensions/rolls?region=532302&month=2020-08")).andReturn().getResponse()
			.getContentAsString()).contains("已审批").doesNotContain("id=\"approve\"");
		long person = jdbc.sql("""
				select l.person_id from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = '532302' and r.month = '2020-09-01' and l.arrears > 0 order by l.account_id limit 1""")
			.query(Long.class).single();
		String history = call("lufeng", get("/pensions/people/" + person)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(history).contains("2020-01").contains("2020-09").contains("补发 2020-08 差额")
			.contains("演示数据：抚恤审批表");
		call("lufeng", get("/pensions/rolls?region=532302&month=2020-9x")).andExpect(status().isBadRequest());
		byte[] file = call("chuxiong", get("/pensions/rolls/532302/2020-09.xlsx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("禄丰市 2020年9月");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).contains("*");
			double total = jdbc.sql("""
					select sum(regular + arrears - recovered) from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
					where r.county_code = '532302' and r.month = '2020-09-01'""").query(Double.class).single();
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(6).getNumericCellValue()).isEqualTo(total);
		}
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'PENSION_ROLL_EXPORTED'")
			.query(Long.class).single()).isPositive();
	}

	/** A month's amount of an account at the standards in force on a day (as published today), from the API. */
	private BigDecimal monthly(long account, LocalDate day) throws Exception {
		var a = jdbc.sql("select grade, nature, category, years_served from pensions.account where id = :id")
			.param("id", account).query().singleRow();
		String json = call("lufeng", get("/api/v1/pensions/standards?date=" + day)).andReturn().getResponse()
			.getContentAsString();
		List<Map<String, Object>> rows = JsonPath.read(json, a.get("category") == null ? "$.disability" : "$.categories");
		for (Map<String, Object> row : rows) {
			boolean match = a.get("category") == null
					? ((Number) row.get("grade")).intValue() == ((Number) a.get("grade")).intValue()
							&& row.get("nature").equals(a.get("nature"))
					: row.get("category").equals(a.get("category"));
			if (match) {
				return amount(row.get("amountPerYear")).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
			}
		}
		throw new AssertionError("no standard for account " + a + " on " + day);
	}

	private static BigDecimal amount(Object number) {
		return new BigDecimal(String.valueOf(number));
	}

	private long personIn(String county, int nth) {
		return jdbc.sql("select id from beneficiaries.person where county_code = :c order by id limit 1 offset :n")
			.param("c", county).param("n", nth).query(Long.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user)));
	}
}
