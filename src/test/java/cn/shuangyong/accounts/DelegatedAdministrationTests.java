package cn.shuangyong.accounts;

import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Delegated administration: 禄丰's system administrator runs the accounts of 禄丰's offices, townships and villages,
 * and for them nothing outside 禄丰 exists.
 */
@PlatformTest
class DelegatedAdministrationTests {

	private static final String COUNTY_ADMIN = "lufengadmin";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void listsTheCountysAccountsOnly() throws Exception {
		MvcResult result = mvc.perform(get("/accounts").with(demo.as(COUNTY_ADMIN))).andExpect(status().isOk())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<AccountView> accounts = (List<AccountView>) result.getModelAndView().getModel().get("accounts");
		assertThat(accounts).extracting(AccountView::username).contains("lufeng", "lufengadmin", "zhan")
			.doesNotContain("chuxiong", "yunnan", "junfenqu", "admin");
		assertThat(accounts).allMatch(a -> a.regionCode().startsWith("532302"));
	}

	@Test
	void accountsOutsideTheCountyDoNotExistForItsAdministrator() throws Exception {
		List<String> outside = List.of("chuxiong", demo.newAccount(Role.OFFICE_STAFF, Demo.CHUXIONG_CITY_OFFICE),
				demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE), "yunnan");
		for (String name : outside) {
			long id = demo.accountId(name);
			String hash = passwordHash(id);
			mvc.perform(get("/accounts/" + id).with(demo.as(COUNTY_ADMIN))).andExpect(status().isNotFound())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("页面或记录不存在")));
			mvc.perform(post("/accounts/" + id + "/disable").with(csrf()).with(demo.as(COUNTY_ADMIN)))
				.andExpect(status().isNotFound());
			mvc.perform(post("/accounts/" + id + "/password").param("password", "Other#Pass9").with(csrf())
				.with(demo.as(COUNTY_ADMIN))).andExpect(status().isNotFound());
			assertThat(enabled(name)).isTrue();
			assertThat(passwordHash(id)).isEqualTo(hash);
		}
	}

	@Test
	void answersAnUnknownAccountTheSameWay() throws Exception {
		mvc.perform(get("/accounts/999999999").with(demo.as(COUNTY_ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void createsAccountsForTheCountysTownshipsAndVillages() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		create("jinshan1", demo.unitName(Demo.LUFENG_TOWNSHIP_STATION), Role.STATION_STAFF, "Jin#shan2026")
			.andExpect(redirectedUrlPattern("/accounts/*"));
		create("donghu1", demo.unitName(Demo.LUFENG_VILLAGE_STATION), Role.STATION_STAFF, "Dong#hu2026")
			.andExpect(redirectedUrlPattern("/accounts/*"));
		assertThat(regionOf("jinshan1")).isEqualTo("532302101");
		assertThat(regionOf("donghu1")).isEqualTo("532302101001");
		assertThat(audit.ofType("ACCOUNT_CREATED")).hasSize(2).allMatch(row -> row.actor().equals(COUNTY_ADMIN));
	}

	@Test
	void storesANameTypedInFullWidthInItsOrdinaryFormAndRefusesItsTwin() throws Exception {
		String township = demo.unitName(Demo.LUFENG_TOWNSHIP_STATION);
		create("ＲｅｎＸｉｎｇ１", township, Role.STATION_STAFF, "Ren#xing2026").andExpect(redirectedUrlPattern("/accounts/*"));
		assertThat(exists("RenXing1")).isTrue();
		create("renxing1", township, Role.STATION_STAFF, "Ren#xing2026").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已被使用")));
		assertThat(jdbc.sql("select count(*) from accounts.account where username_key = 'renxing1'").query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void cannotCreateAccountsOutsideTheCounty() throws Exception {
		create("kmstaff1", demo.unitName(Demo.KUNMING_OFFICE), Role.OFFICE_STAFF, "Kun#ming2026")
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("在您的管理范围内找不到单位")));
		create("cxstaff1", demo.unitName(Demo.CHUXIONG_CITY_OFFICE), Role.OFFICE_STAFF, "Chu#xiong2026")
			.andExpect(status().isOk());
		assertThat(exists("kmstaff1")).isFalse();
		assertThat(exists("cxstaff1")).isFalse();
	}

	@Test
	void cannotGrantAnAdministratorRole() throws Exception {
		create("lfsysadmin", demo.unitName(Demo.LUFENG_OFFICE), Role.SYSTEM_ADMIN, "Sys#admin2026")
			.andExpect(status().isForbidden());
		assertThat(exists("lfsysadmin")).isFalse();
	}

	@Test
	void rejectsAWeakPasswordOnThePage() throws Exception {
		create("weakpw1", demo.unitName(Demo.LUFENG_TOWNSHIP_STATION), Role.STATION_STAFF, "weakpw1abc")
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("密码不能包含账号名")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("至少 3 类")));
		assertThat(exists("weakpw1")).isFalse();
	}

	@Test
	void managesTheCountysBusinessAccounts() throws Exception {
		String name = demo.newAccount(Role.STATION_STAFF, Demo.LUFENG_TOWNSHIP_STATION);
		long id = demo.accountId(name);
		mvc.perform(get("/accounts/" + id).with(demo.as(COUNTY_ADMIN))).andExpect(status().isOk());
		mvc.perform(post("/accounts/" + id + "/disable").param("version", version(id)).with(csrf())
			.with(demo.as(COUNTY_ADMIN))).andExpect(redirectedUrl("/accounts/" + id));
		assertThat(enabled(name)).isFalse();
		mvc.perform(post("/accounts/" + id + "/enable").param("version", version(id)).with(csrf())
			.with(demo.as(COUNTY_ADMIN))).andExpect(redirectedUrl("/accounts/" + id));
		assertThat(enabled(name)).isTrue();
		mvc.perform(post("/accounts/" + id + "/password").param("password", "Reset#Pass9")
			.param("version", version(id)).with(csrf()).with(demo.as(COUNTY_ADMIN))).andExpect(redirectedUrl("/accounts/" + id));
		assertThat(jdbc.sql("select must_change_password from accounts.account where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
	}

	private ResultActions create(String username, String unitName, Role role, String password) throws Exception {
		return mvc.perform(post("/accounts").param("username", username).param("displayName", "新账号")
			.param("unitName", unitName).param("role", role.name()).param("phone", "13900002222")
			.param("password", password).with(csrf()).with(demo.as(COUNTY_ADMIN)));
	}

	private String passwordHash(long id) {
		return jdbc.sql("select password_hash from accounts.account where id = :id").param("id", id)
			.query(String.class).single();
	}

	/** The account's version as its page shows it, which every change names. */
	private String version(long id) {
		return jdbc.sql("select version from accounts.account where id = :id").param("id", id).query(String.class)
			.single();
	}

	private String regionOf(String username) {
		return jdbc.sql("select region_code from accounts.account where username = :u").param("u", username)
			.query(String.class).single();
	}

	private boolean exists(String username) {
		return jdbc.sql("select count(*) from accounts.account where username = :u").param("u", username)
			.query(Long.class).single() > 0;
	}

	private boolean enabled(String username) {
		return jdbc.sql("select enabled from accounts.account where username = :u").param("u", username)
			.query(Boolean.class).single();
	}
}
