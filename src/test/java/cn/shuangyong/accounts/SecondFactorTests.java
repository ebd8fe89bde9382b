package cn.shuangyong.accounts;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import cn.shuangyong.PlatformServerTest;
import cn.shuangyong.TestClock;
import cn.shuangyong.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.security.crypto.password.PasswordEncoder;
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
 * 等保 身份鉴别 d, GB/T 39786 8.4 a: outside demo mode the three administrator roles sign in with a password and a
 * TOTP code; a missing or wrong code is a failed login that counts towards the lockout. Business roles need no code.
 */
@PlatformServerTest
class SecondFactorTests {

	private static final String PASSWORD = AccountMother.PASSWORD;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AccountStore store;

	@Autowired
	Directory directory;

	@Autowired
	PasswordEncoder encoder;

	private AccountMother accounts;

	@BeforeEach
	void accounts() {
		accounts = new AccountMother(store, directory, encoder, clock);
	}

	@Test
	void anAdministratorNeedsTheCurrentCode() throws Exception {
		String admin = accounts.account("fa-sysadmin", Role.SYSTEM_ADMIN, "yn-office");
		login(admin, PASSWORD, null).andExpect(redirectedUrl("/login?error"));
		login(admin, PASSWORD, "").andExpect(redirectedUrl("/login?error"));
		login(admin, PASSWORD, wrongCode(admin)).andExpect(redirectedUrl("/login?error"));
		login(admin, PASSWORD, code(admin)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aRightCodeDoesNotMakeUpForAWrongPassword() throws Exception {
		String auditor = accounts.account("fa-auditor", Role.AUDIT_ADMIN, "yn-office");
		login(auditor, "Wrong#Pass1", code(auditor)).andExpect(redirectedUrl("/login?error"));
		login(auditor, PASSWORD, code(auditor)).andExpect(redirectedUrl("/"));
	}

	@Test
	void theApiTakesTheCodeInAHeader() throws Exception {
		String secadmin = accounts.account("fa-secadmin", Role.SECURITY_ADMIN, "yn-office");
		mvc.perform(get("/api/v1/regions/53/children").with(httpBasic(secadmin, PASSWORD)))
			.andExpect(status().isUnauthorized());
		String code = code(secadmin);
		Cookie session = mvc.perform(get("/api/v1/regions/53/children").with(httpBasic(secadmin, PASSWORD))
			.header("X-TOTP", code)).andExpect(status().isOk()).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("an administrator's Basic sign-in is kept in a session").isNotNull();
		// the code signed in once; a script goes on with the session the first call opened
		mvc.perform(get("/api/v1/regions/53/children").with(httpBasic(secadmin, PASSWORD)).header("X-TOTP", code))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/regions/5323/children").cookie(session)).andExpect(status().isOk());
	}

	/** A session the caller brings to an administrator's Basic sign-in is not the one signed in: no fixation. */
	@Test
	void anAdministratorsBasicSignInGetsANewSessionId() throws Exception {
		String secadmin = accounts.account("fa-fixation", Role.SECURITY_ADMIN, "yn-office");
		Cookie planted = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getCookie("SESSION");
		assertThat(planted).isNotNull();
		signInOver(planted, secadmin);
	}

	/** Nor is a session someone else signed into through the form and planted on the administrator's script. */
	@Test
	void anAdministratorsBasicSignInLeavesAPlantedSignedInSession() throws Exception {
		String secadmin = accounts.account("fa-fixation-2", Role.SECURITY_ADMIN, "yn-office");
		String liaison = accounts.account("fa-planter", Role.LIAISON, "military:5323");
		Cookie planted = login(liaison, PASSWORD, null).andExpect(redirectedUrl("/")).andReturn().getResponse()
			.getCookie("SESSION");
		assertThat(planted).isNotNull();
		signInOver(planted, secadmin);
	}

	@Test
	void wrongCodesWithTheRightPasswordLockTheAccount() throws Exception {
		String name = accounts.account("fa-locked-auditor", Role.AUDIT_ADMIN, "yn-office");
		for (int i = 0; i < 5; i++) {
			login(name, PASSWORD, wrongCode(name)).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(jdbc.sql("select locked_until is not null from accounts.account where username = :name")
			.param("name", name).query(Boolean.class).single()).isTrue();
		login(name, PASSWORD, code(name)).andExpect(redirectedUrl("/login?error"));
	}

	/** RFC 6238 §5.2: a code that signed in once is refused the second time, even within its window. */
	@Test
	void aCodeSignsInOnce() throws Exception {
		String admin = accounts.account("fa-once-sysadmin", Role.SYSTEM_ADMIN, "yn-office");
		String used = code(admin);
		login(admin, PASSWORD, used).andExpect(redirectedUrl("/"));
		login(admin, PASSWORD, used).andExpect(redirectedUrl("/login?error"));
		assertThat(failedAttempts(admin)).isEqualTo(1);
		// a code of an earlier step, still inside the drift window, is refused too
		String earlier = TotpCode.at(secret(admin), clock.instant().minusSeconds(30));
		login(admin, PASSWORD, earlier).andExpect(redirectedUrl("/login?error"));
		clock.advance(Duration.ofSeconds(30));
		try {
			login(admin, PASSWORD, code(admin)).andExpect(redirectedUrl("/"));
		}
		finally {
			clock.advance(Duration.ofSeconds(-30));
		}
	}

	@Test
	void businessRolesNeedNoCode() throws Exception {
		login(accounts.account("fa-office", Role.OFFICE_STAFF, "office:532302"), PASSWORD, null)
			.andExpect(redirectedUrl("/"));
		login(accounts.account("fa-station", Role.STATION_STAFF, "station:532302101"), PASSWORD, null)
			.andExpect(redirectedUrl("/"));
		login(accounts.account("fa-liaison", Role.LIAISON, "military:5323"), PASSWORD, null)
			.andExpect(redirectedUrl("/"));
		login(accounts.account("fa-leader", Role.LEADER, "yn-office"), PASSWORD, null).andExpect(redirectedUrl("/"));
	}

	/**
	 * The administrator's Basic sign-in with a planted session cookie: it answers under a new session id, which
	 * serves the script, while the planted one signs nobody in.
	 */
	private void signInOver(Cookie planted, String admin) throws Exception {
		Cookie session = mvc.perform(get("/api/v1/regions/53/children").cookie(planted)
			.with(httpBasic(admin, PASSWORD)).header("X-TOTP", code(admin))).andExpect(status().isOk())
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("a new session id").isNotNull();
		assertThat(session.getValue()).isNotEqualTo(planted.getValue());
		mvc.perform(get("/api/v1/regions/5323/children").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/regions/5323/children").cookie(planted)).andExpect(status().isUnauthorized());
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

	private int failedAttempts(String name) {
		return jdbc.sql("select failed_attempts from accounts.account where username = :name").param("name", name)
			.query(Integer.class).single();
	}

	private String secret(String name) {
		return jdbc.sql("select totp_secret from accounts.account where username = :name").param("name", name)
			.query(String.class).single();
	}
}
