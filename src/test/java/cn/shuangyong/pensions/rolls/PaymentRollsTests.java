package cn.shuangyong.pensions.rolls;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Test
	void aCountyRollsAMonthApprovesItOnceAndPaysBackTheDifferenceOfAStandardPublishedLater() throws Exception {
		long person = personIn("532302", 0);
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":3,"nature":"ON_DUTY","firstMonth":"2020-01","settledThrough":"2020-06",
				 "basis":"《评定、调整残疾等级审批表》 禄丰 2019-12"}""".formatted(person)).with(csrf()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.entitlementLabel").value("3级因公"));
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":2,"nature":"IN_BATTLE","firstMonth":"2020-01","basis":"重复开户"}""".formatted(person))
			.with(csrf())).andExpect(status().isConflict());
		CurrentUser lufeng = demo.signedIn("lufeng");
		// July and August were rolled and approved before the 2020-08-01 standard was published on 2020-09-10
		for (YearMonth month : new YearMonth[] { YearMonth.of(2020, 7), YearMonth.of(2020, 8) }) {
			PaymentRoll roll = rolls.generate("532302", month, month.atEndOfMonth(), lufeng);
			rolls.approve("532302", month, roll.version(), lufeng);
		}
		call("lufeng", get("/api/v1/pensions/rolls?region=532302&month=2020-08"))
			.andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.statusLabel").value("已审批"))
			.andExpect(jsonPath("$.lines.content[0].regular").value(5482.5))
			.andExpect(jsonPath("$.lines.content[0].arrears").value(0.0));
		call("lufeng", post("/api/v1/pensions/rolls/532302/2020-09/generation").with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GENERATED"))
			.andExpect(jsonPath("$.lines.content[0].regular").value(6030.0))
			.andExpect(jsonPath("$.lines.content[0].arrears").value(547.5))
			.andExpect(jsonPath("$.lines.content[0].person").value(containsString("*")))
			.andExpect(jsonPath("$.totals.total").value(6577.5));
		// generated again from the same data: the same figures
		call("lufeng", post("/api/v1/pensions/rolls/532302/2020-09/generation").with(csrf()))
			.andExpect(jsonPath("$.totals.total").value(6577.5)).andExpect(jsonPath("$.lines.totalElements").value(1));
		int version = rolls.find("532302", YearMonth.of(2020, 9), cn.shuangyong.shared.Paging.first(), lufeng).roll()
			.version();
		call("lufeng", post("/api/v1/pensions/rolls/532302/2020-09/approval").header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		call("lufeng", post("/api/v1/pensions/rolls/532302/2020-09/approval").header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.with(csrf())).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("已经审批")));
		call("lufeng", post("/api/v1/pensions/rolls/532302/2020-09/generation").with(csrf()))
			.andExpect(status().isConflict());
		// the next month owes nothing back: August's difference was paid in September
		assertThat(rolls.generate("532302", YearMonth.of(2020, 10), LocalDate.of(2020, 10, 31), lufeng).totals().arrears())
			.isZero();
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
		call("lufeng", post("/api/v1/pensions/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"personId":%d,"grade":7,"nature":"ILLNESS","firstMonth":"2020-1","basis":" "}""".formatted(inside))
			.with(csrf())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0]").value(containsString("因病致残没有 7 级")))
			.andExpect(jsonPath("$.problems[1]").value(containsString("起发月份")))
			.andExpect(jsonPath("$.problems[2]").value(containsString("依据")));
		assertThat(jdbc.sql("select count(*) from pensions.account where person_id in (:p)")
			.param("p", java.util.List.of(outside, inside)).query(Long.class).single()).isZero();
	}

	private long personIn(String county, int nth) {
		return jdbc.sql("select id from beneficiaries.person where county_code = :c order by id limit 1 offset :n")
			.param("c", county).param("n", nth).query(Long.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user)));
	}
}
