package cn.shuangyong.accounts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.privacy.Masking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff phone numbers on a unit's page are masked, except to the person themself, their own office (the same unit)
 * and the security administrator (issue 12).
 */
@PlatformTest
class StaffPhoneTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void othersSeeStaffPhonesMasked() throws Exception {
		long lufeng = demo.unitId(Demo.LUFENG_OFFICE);
		List<String> phones = phonesOf(lufeng);
		for (String viewer : List.of("yunnan", "chuxiong", "lingdao", "xuanchuan")) {
			String page = staffPage(viewer, lufeng);
			assertThat(page).as(viewer).contains("id=\"staff-table\"");
			phones.forEach(phone -> assertThat(page).as(viewer).doesNotContain(phone).contains(Masking.phone(phone)));
		}
	}

	@Test
	void theOwnOfficeAndTheSecurityAdministratorSeeThemWhole() throws Exception {
		long lufeng = demo.unitId(Demo.LUFENG_OFFICE);
		List<String> phones = phonesOf(lufeng);
		for (String viewer : List.of("lufeng", "secadmin")) {
			String page = staffPage(viewer, lufeng);
			phones.forEach(phone -> assertThat(page).as(viewer).contains(phone));
		}
	}

	@Test
	void aPersonSeesTheirOwnNumberWholeAndTheirColleaguesMasked() throws Exception {
		long chuxiong = demo.unitId(Demo.CHUXIONG_OFFICE);
		String other = demo.newAccount(Role.OFFICE_STAFF, Demo.CHUXIONG_CITY_OFFICE);
		jdbc.sql("update accounts.account set phone = '13911112222', must_change_password = false where id = :id")
			.param("id", demo.accountId(other)).update();
		long city = demo.unitId(Demo.CHUXIONG_CITY_OFFICE);
		String page = staffPage("chuxiong", city);
		assertThat(page).doesNotContain("13911112222").contains("139****2222");
		String own = staffPage(other, city);
		assertThat(own).contains("13911112222");
		String zhou = staffPage(other, chuxiong);
		assertThat(zhou).as("outside their scope: no table at all").doesNotContain("staff-table");
	}

	private String staffPage(String viewer, long unit) throws Exception {
		return mvc.perform(get("/accounts/staff").param("unit", Long.toString(unit)).with(demo.as(viewer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<String> phonesOf(long unit) {
		List<String> phones = jdbc.sql("select phone from accounts.account where unit_id = :u and enabled and phone is not null")
			.param("u", unit).query(String.class).list();
		assertThat(phones).as("the unit has staff with phones").isNotEmpty();
		return phones;
	}
}
