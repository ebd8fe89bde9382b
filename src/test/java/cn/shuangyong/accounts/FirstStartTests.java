package cn.shuangyong.accounts;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.AuditRows;
import cn.shuangyong.ShuangyongApplication;
import cn.shuangyong.TestClock;
import cn.shuangyong.shared.DemoMode;
import cn.shuangyong.shared.KeysMissingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first start of a real installation, as {@code java -jar} with nothing but its keys gives it: no demo, no
 * account, a setup token on the console that creates the first administrators once; and without keys, no start at
 * all. A context of its own, started while the console is captured.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = { "shuangyong.embedded-db.data-dir=target/test-db", "shuangyong.embedded-db.fresh-database=true",
		"shuangyong.security.totp.enabled=true", "spring.lifecycle.timeout-per-shutdown-phase=5s",
		"shuangyong.supervision.escalation.run-at-start=false", "shuangyong.setup.token-validity=PT1H" })
@TestPropertySource(locations = "classpath:test-keys.properties")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class FirstStartTests {

	private static final Pattern TOKEN = Pattern.compile("设置令牌：([A-Za-z0-9_-]{43})");

	private static final String PASSWORD = "Setup#2026a";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMode demo;

	@Autowired
	SetupTokens tokens;

	@Autowired
	TestClock clock;

	@Test
	void startsWithoutDemoOrAccountsAndATokenCreatesTheAdministratorsOnce(CapturedOutput console) throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		assertThat(demo.enabled()).isFalse();
		assertThat(accounts()).isZero();
		Matcher printed = TOKEN.matcher(console.getOut());
		assertThat(printed.find()).as("a setup token on the console").isTrue();
		String token = printed.group(1);
		assertThat(jdbc.sql("select token_hash from accounts.setup_token").query(String.class).list())
			.as("kept hashed, never in clear").contains(SetupTokens.hash(token)).doesNotContain(token);

		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"setup-hint\"")));
		mvc.perform(get("/setup")).andExpect(status().isOk());
		setup("wrong-" + token.substring(6), "sysadmin", PASSWORD).andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("设置令牌无效、已用过或已过期")));
		setup(token, "sysadmin", "short").andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("系统管理员：密码长度不能少于 8 位")));
		assertThat(accounts()).as("a refused setup creates nobody").isZero();

		setup(token, "sysadmin", PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("otpauth://totp/shuangyong:sysadmin?secret=")));
		assertThat(jdbc.sql("select role || ':' || username || ':' || must_change_password from accounts.account order by role")
			.query(String.class).list()).containsExactly("AUDIT_ADMIN:auditadmin:true", "SECURITY_ADMIN:secadmin:true",
					"SYSTEM_ADMIN:sysadmin:false");
		assertThat(audit.ofType("ACCOUNT_CREATED")).hasSize(3).allMatch(row -> row.actor().equals("setup"));
		assertThat(audit.count("SETUP_TOKEN_REJECTED")).isEqualTo(1);

		assertThat(tokens.redeem(token, clock.instant())).as("the token works once").isFalse();
		setup(token, "another", PASSWORD).andExpect(status().isNotFound());
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.not(
				org.hamcrest.Matchers.containsString("setup-hint"))));
		assertThat(accounts()).isEqualTo(3);
	}

	@Test
	void aTokenExpires() {
		String token = tokens.issue(clock.instant(), Duration.ofHours(1));
		clock.advance(Duration.ofMinutes(61));
		try {
			assertThat(tokens.redeem(token, clock.instant())).isFalse();
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void refusesToStartWithoutKeys() {
		SpringApplicationBuilder withoutKeys = new SpringApplicationBuilder(ShuangyongApplication.class)
			.web(WebApplicationType.NONE)
			.properties("shuangyong.embedded-db.data-dir=target/test-db", "shuangyong.embedded-db.fresh-database=true",
					"shuangyong.supervision.escalation.run-at-start=false");
		assertThatThrownBy(withoutKeys::run).rootCause().isInstanceOf(KeysMissingException.class)
			.hasMessageContaining("拒绝启动").hasMessageContaining("非演示环境必须设置");
	}

	private ResultActions setup(String token, String admin, String password) throws Exception {
		return mvc.perform(post("/setup").with(csrf()).param("token", token)
			.param("adminUsername", admin).param("adminName", "张系统").param("adminPassword", password)
			.param("securityUsername", "secadmin").param("securityName", "李安全").param("securityPassword", PASSWORD + "s")
			.param("auditUsername", "auditadmin").param("auditName", "王审计").param("auditPassword", PASSWORD + "u"));
	}

	private long accounts() {
		return jdbc.sql("select count(*) from accounts.account").query(Long.class).single();
	}
}
