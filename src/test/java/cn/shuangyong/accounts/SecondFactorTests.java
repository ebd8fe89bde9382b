package cn.shuangyong.accounts;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformServerTest;
import cn.shuangyong.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 等保 身份鉴别 d, GB/T 39786 8.4 a: the three administrator roles sign in with a password and a TOTP code; a missing
 * or wrong code is a failed login that counts towards the lockout. Business roles need no code.
 */
@PlatformServerTest
class SecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Demo demo;

	@Test
	void anAdministratorNeedsTheCurrentCode() throws Exception {
		login("admin", Demo.PASSWORD, null).andExpect(redirectedUrl("/login?error"));
		login("admin", Demo.PASSWORD, "").andExpect(redirectedUrl("/login?error"));
		login("admin", Demo.PASSWORD, wrongCode("admin")).andExpect(redirectedUrl("/login?error"));
		login("admin", Demo.PASSWORD, code("admin")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aRightCodeDoesNotMakeUpForAWrongPassword() throws Exception {
		login("auditor", "Wrong#Pass1", code("auditor")).andExpect(redirectedUrl("/login?error"));
		login("auditor", Demo.PASSWORD, code("auditor")).andExpect(redirectedUrl("/"));
	}

	@Test
	void theApiTakesTheCodeInAHeader() throws Exception {
		mvc.perform(get("/api/v1/regions/53/children").with(httpBasic("secadmin", Demo.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/regions/53/children").with(httpBasic("secadmin", Demo.PASSWORD))
			.header("X-TOTP", code("secadmin"))).andExpect(status().isOk());
	}

	@Test
	void wrongCodesWithTheRightPasswordLockTheAccount() throws Exception {
		String name = demo.newAccount(Role.AUDIT_ADMIN, Demo.PROVINCE_OFFICE);
		for (int i = 0; i < 5; i++) {
			login(name, Demo.NEW_PASSWORD, wrongCode(name)).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(jdbc.sql("select locked_until is not null from accounts.account where username = :name")
			.param("name", name).query(Boolean.class).single()).isTrue();
		login(name, Demo.NEW_PASSWORD, code(name)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void businessRolesNeedNoCode() throws Exception {
		for (String name : new String[] { "lufeng", "zhan", "junfenqu", "lingdao" }) {
			login(name, Demo.PASSWORD, null).andExpect(redirectedUrl("/"));
		}
	}

	private ResultActions login(String name, String password, String code) throws Exception {
		MockHttpServletRequestBuilder request = post("/login").param("username", name).param("password", password)
			.with(csrf());
		if (code != null) {
			request.param("totp", code);
		}
		return mvc.perform(request);
	}

	private String code(String name) {
		return TotpCode.at(secret(name), clock.instant());
	}

	/** A six-digit code that is none of the three the server accepts now. */
	private String wrongCode(String name) {
		String secret = secret(name);
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!TotpCode.verify(secret, code, clock.instant())) {
				return code;
			}
		}
	}

	private String secret(String name) {
		return jdbc.sql("select totp_secret from accounts.account where username = :name").param("name", name)
			.query(String.class).single();
	}
}
