package cn.shuangyong.accounts;

import java.time.Duration;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.TestClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 等保 身份鉴别 a: a password set by an administrator, or older than 90 days, must be changed before anything else,
 * and the new one must pass the policy.
 */
@PlatformTest
class PasswordChangeTests {

	private static final String CHANGED = "Chang3d#Pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Demo demo;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aNewAccountMayDoNothingButChangeItsPassword() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		Cookie session = signIn(name, Demo.NEW_PASSWORD);
		mvc.perform(get("/directory/units").cookie(session)).andExpect(redirectedUrl("/account/password?required"));
		mvc.perform(get("/api/v1/regions/53/children").with(httpBasic(name, Demo.NEW_PASSWORD)))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString("请先在页面上修改密码")));
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void refusesANewPasswordThatBreaksThePolicy() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		Cookie session = signIn(name, Demo.NEW_PASSWORD);
		String hash = hashOf(name);
		change(session, Demo.NEW_PASSWORD, "short1A").andExpect(content().string(containsString("密码长度不能少于 8 位")));
		change(session, Demo.NEW_PASSWORD, name + "#A1").andExpect(content().string(containsString("密码不能包含账号名")));
		change(session, Demo.NEW_PASSWORD, "alllowercase").andExpect(content().string(containsString("至少 3 类")));
		change(session, Demo.NEW_PASSWORD, Demo.NEW_PASSWORD)
			.andExpect(content().string(containsString("新密码不能与当前密码相同")));
		change(session, "Wrong#Pass1", CHANGED).andExpect(content().string(containsString("当前密码不正确")));
		assertThat(hashOf(name)).isEqualTo(hash);
	}

	@Test
	void aGoodNewPasswordOpensThePlatform() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		Cookie session = signIn(name, Demo.NEW_PASSWORD);
		AuditRows audit = AuditRows.from(jdbc);
		change(session, Demo.NEW_PASSWORD, CHANGED).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notice\"")));
		mvc.perform(get("/directory/units").cookie(session)).andExpect(status().isOk());
		signIn(name, CHANGED);
		assertThat(audit.count("PASSWORD_CHANGED")).isEqualTo(1);
	}

	@Test
	void aPasswordOlderThanNinetyDaysMustBeChanged() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE);
		change(signIn(name, Demo.NEW_PASSWORD), Demo.NEW_PASSWORD, CHANGED).andExpect(status().isOk());
		clock.advance(Duration.ofDays(89));
		mvc.perform(get("/directory/units").cookie(signIn(name, CHANGED))).andExpect(status().isOk());
		clock.advance(Duration.ofDays(2));
		mvc.perform(get("/directory/units").cookie(signIn(name, CHANGED)))
			.andExpect(redirectedUrl("/account/password?required"));
	}

	private Cookie signIn(String name, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(name).password(password)).andExpect(redirectedUrl("/")).andReturn()
			.getResponse().getCookie("SESSION");
	}

	private ResultActions change(Cookie session, String current, String password) throws Exception {
		return mvc.perform(post("/account/password").param("current", current).param("password", password)
			.param("confirm", password).with(csrf()).cookie(session));
	}

	private String hashOf(String name) {
		return jdbc.sql("select password_hash from accounts.account where username = :u").param("u", name)
			.query(String.class).single();
	}
}
