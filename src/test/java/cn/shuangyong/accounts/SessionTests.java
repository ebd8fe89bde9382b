package cn.shuangyong.accounts;

import java.time.Duration;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 等保 身份鉴别 b, 剩余信息保护: sessions live in PostgreSQL (so every node sees them), end after thirty idle minutes
 * and are deleted at logout.
 */
@PlatformTest
class SessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	Demo demo;

	@Test
	void endsSessionsAfterThirtyIdleMinutes() throws Exception {
		assertThat(duration("server.servlet.session.timeout")).isEqualTo(Duration.ofMinutes(30));
		assertThat(duration("spring.session.timeout")).isEqualTo(Duration.ofMinutes(30));
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		signIn(name);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :name")
			.param("name", name).query(Integer.class).single()).isEqualTo(1800);
	}

	@Test
	void keepsTheSessionInPostgresUntilLogout() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		assertThat(sessionsOf(name)).isZero();
		Cookie session = signIn(name);
		assertThat(sessionsOf(name)).isEqualTo(1);
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(sessionsOf(name)).isZero();
		mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	/** A business role's Basic call is signed in for that call alone: no session, so no row left behind per call. */
	@Test
	void keepsNoSessionForABusinessRolesBasicCall() throws Exception {
		long liaisons = sessionsOf("xuanchuan");
		for (int i = 0; i < 3; i++) {
			MvcResult call = mvc.perform(get("/api/v1/tasks").with(httpBasic("xuanchuan", Demo.PASSWORD)))
				.andExpect(status().isOk()).andReturn();
			assertThat(call.getResponse().getCookie("SESSION")).isNull();
		}
		assertThat(sessionsOf("xuanchuan")).isEqualTo(liaisons);
	}

	@Test
	void givesANewSessionAtLogin() throws Exception {
		MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie before = page.getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		MvcResult login = mvc.perform(post("/login").param("username", name).param("password", Demo.NEW_PASSWORD)
			.with(csrf()).cookie(before)).andExpect(redirectedUrl("/")).andReturn();
		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void keepsNoPasswordInTheSession() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		signIn(name);
		String hash = jdbc.sql("select password_hash from accounts.account where username = :name").param("name", name)
			.query(String.class).single();
		assertThat(jdbc.sql("""
				select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = :name and position(convert_to(:hash, 'UTF8') in a.attribute_bytes) > 0""")
			.param("name", name).param("hash", hash).query(Long.class).single()).isZero();
	}

	private Cookie signIn(String name) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(name).password(Demo.NEW_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private long sessionsOf(String name) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :name").param("name", name)
			.query(Long.class).single();
	}

	private Duration duration(String property) {
		return DurationStyle.detectAndParse(environment.getRequiredProperty(property));
	}
}
