package cn.shuangyong.pensions.accounts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.pensions.rolls.PaymentRolls;
import cn.shuangyong.pensions.rolls.RollLine;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 抚恤关系迁移: a pensioner of 楚雄市 moves to 牟定县 in September 2020. 楚雄市 pays to December, 牟定县 from January
 * 2021 at the same kind; both offices read the whole history, a third county does not; the transfer is audited.
 */
@PlatformTest
class PensionTransfersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	Registry registry;

	@Autowired
	PaymentRolls rolls;

	@Test
	void theOldCountyPaysToTheEndOfTheYearAndTheNewOneFromJanuary() throws Exception {
		long person = jdbc.sql("""
				select person_id from pensions.account where county_code = '532301' and last_month is null
				order by id limit 1""").query(Long.class).single();
		String township = jdbc.sql("""
				select code from directory.region where level = 'TOWNSHIP' and code like '532323%' order by code limit 1""")
			.query(String.class).single();
		String prefecture = office("office:5323");
		String old = office("office:532301");
		String fresh = office("office:532323");
		CurrentUser mover = demo.signedIn(prefecture);
		PersonRecord before = registry.person(person, mover);
		registry.move(person, before.version(), township, mover);
		await().atMost(Duration.ofSeconds(30)).until(() -> accounts(person, "532323").size() == 1);

		List<Object[]> oldAccounts = accounts(person, "532301");
		assertThat(oldAccounts).singleElement().satisfies(a -> assertThat(a[1]).isEqualTo(LocalDate.of(2020, 12, 1)));
		Object[] moved = accounts(person, "532323").get(0);
		assertThat(moved[0]).as("first month in the new county").isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(moved[1]).as("still running").isNull();
		assertThat(jdbc.sql("select count(*) from pensions.account where person_id = :p and last_month is null")
			.param("p", person).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select detail from audit.audit_event where event_type = 'PENSION_ACCOUNT_TRANSFERRED' and object_id = :id""")
			.param("id", String.valueOf(moved[2])).query(String.class).single())
			.contains("532301 发至 2020-12", "532323 自 2021-01 起发");

		// December is the old county's, January the new one's, at the same amount
		CurrentUser oldOffice = demo.signedIn(old);
		CurrentUser newOffice = demo.signedIn(fresh);
		// 楚雄市 pays September (the demo's roll) to December, each month approved in turn
		for (YearMonth month = YearMonth.of(2020, 9); !month.isAfter(YearMonth.of(2020, 12)); month = month.plusMonths(1)) {
			var roll = rolls.generate("532301", month, month.atEndOfMonth(), oldOffice);
			rolls.approve("532301", month, roll.version(), oldOffice);
		}
		rolls.generate("532301", YearMonth.of(2021, 1), LocalDate.of(2021, 1, 31), oldOffice);
		rolls.generate("532323", YearMonth.of(2021, 1), LocalDate.of(2021, 1, 31), newOffice);
		RollLine december = line("532301", YearMonth.of(2020, 12), person, oldOffice);
		assertThat(december).isNotNull();
		assertThat(december.regular()).isPositive();
		RollLine oldJanuary = line("532301", YearMonth.of(2021, 1), person, oldOffice);
		if (oldJanuary != null) {
			assertThat(oldJanuary.total()).as("the old county pays nothing from January").isZero();
		}
		RollLine january = line("532323", YearMonth.of(2021, 1), person, newOffice);
		assertThat(january).isNotNull();
		assertThat(january.arrears()).as("no month owed across the move").isZero();
		assertThat(january.entitlement()).isEqualTo(december.entitlement());
		assertThat(january.regular()).isEqualByComparingTo(december.regular());

		// both offices read the person's whole history; a third county does not
		call(old, get("/pensions/people/" + person)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"moved-away\"")))
			.andExpect(content().string(containsString("532323")));
		call(fresh, get("/pensions/people/" + person)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"moved-away\""))))
			.andExpect(content().string(containsString("抚恤关系迁移：原由 532301 发放")));
		call("lufeng", get("/pensions/people/" + person)).andExpect(status().isNotFound());
	}

	private RollLine line(String county, YearMonth month, long person, CurrentUser by) {
		return rolls.find(county, month, Paging.of(0, 500), by).lines().content().stream()
			.filter(l -> l.personId() == person).findFirst().orElse(null);
	}

	private List<Object[]> accounts(long person, String county) {
		return jdbc.sql("select first_month, last_month, id from pensions.account where person_id = :p and county_code = :c")
			.param("p", person).param("c", county)
			.query((rs, n) -> new Object[] { rs.getDate(1).toLocalDate(), rs.getDate(2) == null ? null
					: rs.getDate(2).toLocalDate(), rs.getLong(3) })
			.list();
	}

	private String office(String unit) {
		String username = demo.newAccount(Role.OFFICE_STAFF, unit);
		jdbc.sql("update accounts.account set must_change_password = false where id = :id")
			.param("id", demo.accountId(username)).update();
		return username;
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user)));
	}
}
