package cn.shuangyong.accounts;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only real Basic credentials stand in for the CSRF token of an API call (security doc §3, #38): a signed-in session
 * cookie with {@code Authorization: Bearer anything} was enough to sign a task off without the token.
 */
@PlatformTest
class BasicCredentialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionWithSomeOtherAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
		String name = officeUser();
		Cookie session = signIn(name);
		long task = chuxiongTask();
		int version = version(task);
		long before = csrfRefusals(name, task);
		mvc.perform(post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task)).cookie(session).header("Authorization", "Bearer anything"))
			.andExpect(status().isForbidden());
		assertThat(csrfRefusals(name, task)).isEqualTo(before + 1);
		assertThat(version(task)).isEqualTo(version);
	}

	/** Spring's Basic filter skips the check when the session's user has the same name; here it may not. */
	@Test
	void aSessionWithAWrongPasswordUnderTheSameNameIsNotSignedIn() throws Exception {
		String name = officeUser();
		Cookie session = signIn(name);
		long task = chuxiongTask();
		int version = version(task);
		mvc.perform(post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task)).cookie(session).with(httpBasic(name, "Wrong#Pass1")))
			.andExpect(status().isUnauthorized());
		assertThat(version(task)).isEqualTo(version);
	}

	@Test
	void realBasicCredentialsNeedNoCsrfToken() throws Exception {
		String name = officeUser();
		long task = chuxiongTask();
		long before = csrfRefusals(name, task);
		int status = mvc.perform(post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task)).with(httpBasic(name, Demo.NEW_PASSWORD)))
			.andReturn().getResponse().getStatus();
		assertThat(status).isNotEqualTo(401);
		assertThat(csrfRefusals(name, task)).isEqualTo(before);
	}

	private String officeUser() {
		String name = demo.newAccount(Role.OFFICE_STAFF, Demo.CHUXIONG_OFFICE);
		jdbc.sql("update accounts.account set must_change_password = false where id = :id")
			.param("id", demo.accountId(name)).update();
		return name;
	}

	private Cookie signIn(String name) throws Exception {
		return mvc.perform(formLogin("/login").user(name).password(Demo.NEW_PASSWORD)).andExpect(redirectedUrl("/"))
			.andReturn().getResponse().getCookie("SESSION");
	}

	private long chuxiongTask() {
		return jdbc.sql("select min(id) from supervision.task where region_code like '5323%'").query(Long.class)
			.single();
	}

	private int version(long task) {
		return jdbc.sql("select version from supervision.task where id = :id").param("id", task).query(Integer.class)
			.single();
	}

	private long csrfRefusals(String name, long task) {
		return jdbc.sql("""
				select count(*) from audit.audit_event where event_type = 'ACCESS_DENIED' and actor = :name
				and object_id = :target and detail like '%CSRF%'""").param("name", name)
			.param("target", "POST /api/v1/tasks/" + task + "/sign-off").query(Long.class).single();
	}
}
