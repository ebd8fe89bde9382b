package cn.shuangyong.pensions.rolls;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.pensions.accounts.Suspension;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county office suspends an account on a sentence after two months were paid, the next roll takes the overpaid
 * month back or records it as owed, and a resumption that voids the suspension pays the suspended months back.
 */
@PlatformTest
class SuspensionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	PaymentRolls rolls;

	@Test
	void aSuspensionTakesBackWhatWasPaidAndAVoidedOnePaysTheSuspendedMonthsBack() throws Exception {
		// 武定县, which the demo gives no pensions, so that the months are this test's own
		String office = demo.newAccount(Role.OFFICE_STAFF, "office:532329");
		jdbc.sql("update accounts.account set must_change_password = false where id = :id")
			.param("id", demo.accountId(office)).update();
		long person = jdbc.sql("select id from beneficiaries.person where county_code = '532329' order by id limit 1")
			.query(Long.class).single();
		jdbc.sql("update beneficiaries.person set categories = array['DISABLED_SOLDIER_2019'], disability_grade = 3 where id = :id")
			.param("id", person).update();
		call(office, post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":3,"nature":"ON_DUTY","firstMonth":"2020-01","settledThrough":"2020-06",
				 "basis":"《评定、调整残疾等级审批表》 武定 2019-12"}""".formatted(person)).with(csrf()))
			.andExpect(status().isCreated());
		long account = jdbc.sql("select id from pensions.account where person_id = :p").param("p", person)
			.query(Long.class).single();
		CurrentUser county = demo.signedIn(office);
		for (YearMonth month : new YearMonth[] { YearMonth.of(2020, 7), YearMonth.of(2020, 8) }) {
			PaymentRoll roll = rolls.generate("532329", month, month.atEndOfMonth(), county);
			rolls.approve("532329", month, roll.version(), county);
		}
		// bad input changes nothing, and says which field is wrong
		call(office, post("/pensions/suspensions").param("account", String.valueOf(account)).param("from", "2020-8x")
			.param("decidedOn", "2020-08-20").param("reason", "").with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("暂停起始月份"))))
			.andExpect(flash().attribute("problems", hasItem(containsString("暂停事由"))));
		call(office, post("/pensions/suspensions").param("account", String.valueOf(account)).param("from", "2019-12")
			.param("decidedOn", "2020-08-20").param("reason", "某刑事判决书").with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("早于该账户的起发月份"))));
		assertThat(suspensions(account)).isZero();
		// others may not suspend: the prefecture (403), another county (404)
		call("chuxiong", post("/pensions/suspensions").param("account", String.valueOf(account)).param("from", "2020-08")
			.param("decidedOn", "2020-08-20").param("reason", "某刑事判决书").with(csrf())).andExpect(status().isForbidden());
		call("lufeng", post("/pensions/suspensions").param("account", String.valueOf(account)).param("from", "2020-08")
			.param("decidedOn", "2020-08-20").param("reason", "某刑事判决书").with(csrf())).andExpect(status().isNotFound());
		call("chuxiong", get("/pensions/suspensions")).andExpect(status().isForbidden());
		assertThat(suspensions(account)).isZero();

		call(office, post("/pensions/suspensions").param("account", String.valueOf(account)).param("from", "2020-08")
			.param("decidedOn", "2020-08-20").param("reason", "（2020）云2323刑初1号判决").with(csrf()))
			.andExpect(flash().attribute("notice", "pensions.suspension.suspended"));
		call(office, post("/pensions/suspensions").param("account", String.valueOf(account)).param("from", "2020-09")
			.param("decidedOn", "2020-08-20").param("reason", "再次登记").with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("已在暂停中"))));
		assertThat(suspensions(account)).isEqualTo(1);
		// September pays nothing and records August, paid at 5,482.50 while suspended, as owed
		rolls.generate("532329", YearMonth.of(2020, 9), LocalDate.of(2020, 9, 30), county);
		RollLine september = line(YearMonth.of(2020, 9), county);
		assertThat(september.regular()).isZero();
		assertThat(september.arrears()).isZero();
		assertThat(september.stillOwed()).isEqualByComparingTo("5482.50");
		rolls.approve("532329", YearMonth.of(2020, 9),
				rolls.find("532329", YearMonth.of(2020, 9), Paging.first(), county).roll().version(), county);
		String page = call(office, get("/pensions/suspensions")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("（2020）云2323刑初1号判决").contains("name=\"voided\"");

		// the judgement is quashed: resumed from October with the suspension voided
		long id = jdbc.sql("select id from pensions.suspension where account_id = :a").param("a", account)
			.query(Long.class).single();
		call(office, post("/pensions/suspensions/" + id + "/resumption").param("from", "2020-08").param("reason", "撤销")
			.param("voided", "true").param("version", "0").with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("须晚于暂停起始月份"))));
		call(office, post("/pensions/suspensions/" + id + "/resumption").param("from", "2020-10")
			.param("reason", "（2020）云23刑终9号判决撤销原判").param("voided", "true").param("version", "0").with(csrf()))
			.andExpect(flash().attribute("notice", "pensions.suspension.resumed"));
		call(office, post("/pensions/suspensions/" + id + "/resumption").param("from", "2020-10").param("reason", "再次")
			.param("version", "1").with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("已于"))));
		// October pays the month, and back pays August (at the 2020 standard, 547.50 short) and September (6,030.00)
		rolls.generate("532329", YearMonth.of(2020, 10), LocalDate.of(2020, 10, 31), county);
		RollLine october = line(YearMonth.of(2020, 10), county);
		assertThat(october.regular()).isEqualByComparingTo("6030.00");
		assertThat(october.arrears()).isEqualByComparingTo("6577.50");
		assertThat(october.recovered()).isZero();
		assertThat(october.stillOwed()).isZero();
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type in ('PENSION_SUSPENDED', 'PENSION_RESUMED')")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aResumptionThatKeepsTheSuspensionPaysFromItsMonthWithoutBackPay() {
		Suspension kept = new Suspension(1, 1, 1, "3级因公", YearMonth.of(2020, 8), YearMonth.of(2020, 9),
				LocalDate.of(2020, 8, 20), "判决", LocalDate.of(2020, 9, 30), "刑满释放", false, 1);
		assertThat(kept.covers(YearMonth.of(2020, 9))).isTrue();
		assertThat(kept.covers(YearMonth.of(2020, 10))).isFalse();
		assertThat(kept.open()).isFalse();
		Suspension voided = new Suspension(1, 1, 1, "3级因公", YearMonth.of(2020, 8), null, LocalDate.of(2020, 8, 20),
				"判决", LocalDate.of(2020, 9, 30), "撤销原判", true, 1);
		assertThat(voided.covers(YearMonth.of(2020, 8))).isFalse();
		assertThat(voided.open()).isFalse();
	}

	private RollLine line(YearMonth month, CurrentUser county) {
		return rolls.find("532329", month, Paging.first(), county).lines().content().get(0);
	}

	private long suspensions(long account) {
		return jdbc.sql("select count(*) from pensions.suspension where account_id = :a").param("a", account)
			.query(Long.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user)));
	}
}
