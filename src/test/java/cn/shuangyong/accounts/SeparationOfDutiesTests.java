package cn.shuangyong.accounts;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 三员分立 (等保 8.1.5): the system administrator runs accounts but grants no administrator role and reads no audit
 * log; the security administrator grants roles and unlocks; the audit administrator reads the log and nothing else.
 */
@PlatformTest
class SeparationOfDutiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	UserDetailsService users;

	@Test
	void theSecurityAdministratorChangesRoles() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		long id = demo.accountId(name);
		AuditRows audit = AuditRows.from(jdbc);
		changeRole("secadmin", id, Role.OFFICE_STAFF).andExpect(redirectedUrl("/accounts/" + id));
		assertThat(roleOf(name)).isEqualTo(Role.OFFICE_STAFF);
		assertThat(audit.ofType("ROLE_CHANGED")).singleElement().satisfies(row -> {
			assertThat(row.actor()).isEqualTo("secadmin");
			assertThat(row.objectId()).isEqualTo(Long.toString(id));
			assertThat(row.sourceIp()).isEqualTo("127.0.0.1");
			assertThat(row.outcome()).isEqualTo("SUCCESS");
			assertThat(row.detail()).contains("LIAISON", "OFFICE_STAFF");
		});
	}

	@Test
	void aNewRoleReplacesTheOldOneSoNoAccountHoldsTwo() throws Exception {
		String name = demo.newAccount(Role.SECURITY_ADMIN, Demo.PROVINCE_OFFICE);
		changeRole("secadmin", demo.accountId(name), Role.AUDIT_ADMIN).andExpect(status().is3xxRedirection());
		assertThat(users.loadUserByUsername(name).getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_AUDIT_ADMIN", "DIRECTORY_READ", "AUDIT_READ");
		for (String account : jdbc.sql("select username from accounts.account").query(String.class).list()) {
			assertThat(users.loadUserByUsername(account).getAuthorities()).as(account)
				.filteredOn(a -> a.getAuthority().startsWith("ROLE_")).hasSize(1);
		}
	}

	@Test
	void theSystemAdministratorCannotChangeRoles() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		changeRole("admin", demo.accountId(name), Role.SECURITY_ADMIN).andExpect(status().isForbidden());
		changeRole("admin", demo.accountId(name), Role.OFFICE_STAFF).andExpect(status().isForbidden());
		changeRole("lufengadmin", demo.accountId("zhan"), Role.AUDIT_ADMIN).andExpect(status().isForbidden());
		assertThat(roleOf(name)).isEqualTo(Role.LIAISON);
		assertThat(roleOf("zhan")).isEqualTo(Role.STATION_STAFF);
	}

	@Test
	void theSystemAdministratorCreatesBusinessAccountsButNoAdministrators() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		create("admin", "sysmadeaudit", Role.AUDIT_ADMIN).andExpect(status().isForbidden());
		create("admin", "sysmadesec", Role.SECURITY_ADMIN).andExpect(status().isForbidden());
		assertThat(exists("sysmadeaudit")).isFalse();
		assertThat(exists("sysmadesec")).isFalse();
		create("admin", "sysmadestaff", Role.OFFICE_STAFF).andExpect(status().is3xxRedirection());
		assertThat(roleOf("sysmadestaff")).isEqualTo(Role.OFFICE_STAFF);
		assertThat(audit.ofType("ACCOUNT_CREATED")).singleElement().satisfies(row -> {
			assertThat(row.actor()).isEqualTo("admin");
			assertThat(row.objectId()).isEqualTo(Long.toString(demo.accountId("sysmadestaff")));
		});
	}

	@Test
	void theSecurityAdministratorGrantsAdministratorRolesWithASecondFactor() throws Exception {
		create("secadmin", "newauditor", Role.AUDIT_ADMIN).andExpect(status().is3xxRedirection());
		assertThat(roleOf("newauditor")).isEqualTo(Role.AUDIT_ADMIN);
		assertThat(jdbc.sql("select totp_secret from accounts.account where username = 'newauditor'")
			.query(String.class).single()).matches("[A-Z2-7]{32}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "secadmin", "lufengadmin", "yunnan", "lingdao" })
	void onlyTheAuditorReadsTheAuditLog(String username) throws Exception {
		mvc.perform(get("/audit").with(demo.as(username))).andExpect(status().isForbidden());
		mvc.perform(post("/audit/verify").with(csrf()).with(demo.as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(demo.as("auditor"))).andExpect(status().isOk());
	}

	@Test
	void theAuditorDoesNothingAdministrative() throws Exception {
		long zhan = demo.accountId("zhan");
		mvc.perform(get("/accounts").with(demo.as("auditor"))).andExpect(status().isForbidden());
		mvc.perform(get("/accounts/new").with(demo.as("auditor"))).andExpect(status().isForbidden());
		mvc.perform(get("/accounts/import").with(demo.as("auditor"))).andExpect(status().isForbidden());
		mvc.perform(get("/accounts/" + zhan).with(demo.as("auditor"))).andExpect(status().isForbidden());
		mvc.perform(post("/accounts/" + zhan + "/disable").with(csrf()).with(demo.as("auditor")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/accounts/" + zhan + "/unlock").with(csrf()).with(demo.as("auditor")))
			.andExpect(status().isForbidden());
		create("auditor", "auditormade", Role.LIAISON).andExpect(status().isForbidden());
		assertThat(exists("auditormade")).isFalse();
		assertThat(enabled("zhan")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "yunnan", "lufeng", "zhan", "lingdao", "junfenqu" })
	void businessRolesHaveNoAccountAdministration(String username) throws Exception {
		mvc.perform(get("/accounts").with(demo.as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/accounts/new").with(demo.as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/accounts/" + demo.accountId("zhan")).with(demo.as(username)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAccountPageOffersTheRoleFormToTheSecurityAdministratorAlone() throws Exception {
		long zhan = demo.accountId("zhan");
		String roleForm = "/accounts/" + zhan + "/role";
		mvc.perform(get("/accounts/" + zhan).with(demo.as("secadmin"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(roleForm)));
		mvc.perform(get("/accounts/" + zhan).with(demo.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(roleForm))));
	}

	@Test
	void theSecurityAdministratorUnlocksAndTheSystemAdministratorCannot() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(name).password("Wrong#Pass1"));
		}
		long id = demo.accountId(name);
		AuditRows audit = AuditRows.from(jdbc);
		mvc.perform(post("/accounts/" + id + "/unlock").with(csrf()).with(demo.as("admin")))
			.andExpect(status().isForbidden());
		mvc.perform(formLogin("/login").user(name).password(Demo.NEW_PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/accounts/" + id + "/unlock").param("version", version(id)).with(csrf())
			.with(demo.as("secadmin")))
			.andExpect(redirectedUrl("/accounts/" + id));
		mvc.perform(formLogin("/login").user(name).password(Demo.NEW_PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(audit.ofType("ACCOUNT_UNLOCKED")).singleElement()
			.satisfies(row -> assertThat(row.actor()).isEqualTo("secadmin"));
	}

	@Test
	void aChangeFromAPageSomeoneElseActedOnMeanwhileIsRefusedAndChangesNothing() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		long id = demo.accountId(name);
		String seen = version(id); // the system and the security administrator both open the account's page
		mvc.perform(post("/accounts/" + id + "/disable").param("version", seen).with(csrf()).with(demo.as("admin")))
			.andExpect(flash().attribute("notice", "accounts.saved"));
		String disabled = version(id);
		mvc.perform(post("/accounts/" + id + "/role").param("role", "OFFICE_STAFF").param("version", seen).with(csrf())
			.with(demo.as("secadmin"))).andExpect(redirectedUrl("/accounts/" + id))
			.andExpect(flash().attribute("problems", java.util.List.of("账号 " + name + " 已被他人修改（现为"
					+ Role.LIAISON.label() + "，已停用），本次未更改；请刷新页面，确认后再操作")));
		mvc.perform(post("/accounts/" + id + "/unlock").param("version", seen).with(csrf()).with(demo.as("secadmin")))
			.andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.startsWith("账号 " + name + " 已被他人修改"))));
		assertThat(roleOf(name)).isEqualTo(Role.LIAISON);
		assertThat(version(id)).isEqualTo(disabled);
		// a post that names no version changes nothing either
		mvc.perform(post("/accounts/" + id + "/enable").with(csrf()).with(demo.as("admin")))
			.andExpect(flash().attribute("problems", java.util.List.of("缺少账号的版本号（version）：请刷新页面后再操作")));
		assertThat(enabled(name)).isFalse();
	}

	@Test
	void theSystemAdministratorCannotTouchAdministratorAccounts() throws Exception {
		for (String target : new String[] { "secadmin", "auditor" }) {
			long id = demo.accountId(target);
			mvc.perform(post("/accounts/" + id + "/disable").with(csrf()).with(demo.as("admin")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/accounts/" + id + "/password").param("password", "Other#Pass9").with(csrf())
				.with(demo.as("admin"))).andExpect(status().isForbidden());
			assertThat(enabled(target)).isTrue();
		}
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		Cookie session = mvc.perform(formLogin("/login").user(name).password(Demo.NEW_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
		AuditRows audit = AuditRows.from(jdbc);

		long id = demo.accountId(name);
		mvc.perform(post("/accounts/" + id + "/disable").param("version", version(id)).with(csrf())
			.with(demo.as("admin"))).andExpect(redirectedUrl("/accounts/" + id));
		assertThat(enabled(name)).isFalse();
		mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(formLogin("/login").user(name).password(Demo.NEW_PASSWORD)).andExpect(redirectedUrl("/login?error"));
		assertThat(audit.ofType("ACCOUNT_DISABLED")).singleElement()
			.satisfies(row -> assertThat(row.objectId()).isEqualTo(Long.toString(id)));
	}

	@Test
	void onlyTheSecurityAdministratorSeesAnAdministratorsSecondFactorSecret() throws Exception {
		long id = demo.accountId(demo.newAccount(Role.AUDIT_ADMIN, Demo.PROVINCE_OFFICE));
		AuditRows audit = AuditRows.from(jdbc);
		for (String user : new String[] { "admin", "auditor", "lufengadmin" }) {
			mvc.perform(get("/accounts/" + id + "/totp").with(demo.as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/accounts/" + id + "/totp").with(demo.as("secadmin")))
			.andExpect(redirectedUrl("/accounts/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("totpUri", org.hamcrest.Matchers.startsWith("otpauth://totp/")));
		assertThat(audit.ofType("TOTP_SECRET_VIEWED")).singleElement()
			.satisfies(row -> assertThat(row.actor()).isEqualTo("secadmin"));
	}

	@Test
	void nobodyChangesTheirOwnRole() throws Exception {
		changeRole("secadmin", demo.accountId("secadmin"), Role.AUDIT_ADMIN).andExpect(status().is3xxRedirection());
		assertThat(roleOf("secadmin")).isEqualTo(Role.SECURITY_ADMIN);
	}

	private ResultActions changeRole(String by, long id, Role role) throws Exception {
		return mvc.perform(post("/accounts/" + id + "/role").param("role", role.name()).param("version", version(id))
			.with(csrf()).with(demo.as(by)));
	}

	/** The account's version as its page shows it, which every change names. */
	private String version(long id) {
		return jdbc.sql("select version from accounts.account where id = :id").param("id", id).query(String.class)
			.single();
	}

	private ResultActions create(String by, String username, Role role) throws Exception {
		return mvc.perform(post("/accounts").param("username", username).param("displayName", "新账号")
			.param("unitName", demo.unitName(Demo.PROVINCE_OFFICE)).param("role", role.name())
			.param("phone", "13900001111").param("password", Demo.NEW_PASSWORD).with(csrf()).with(demo.as(by)));
	}

	private Role roleOf(String username) {
		return Role.valueOf(jdbc.sql("select role from accounts.account where username = :u").param("u", username)
			.query(String.class).single());
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
