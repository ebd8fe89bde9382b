package cn.shuangyong.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 等保 身份鉴别 b: five consecutive failed logins, on the login form and on the API's HTTP Basic alike, lock the account
 * for thirty minutes; the answers never tell a locked account from a wrong password. Each test locks an account of its
 * own, so the demo accounts stay usable.
 */
@PlatformTest
class LoginLockoutTests {

	private static final String WRONG = "Wrong#Pass1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void locksAfterFiveFailuresAcrossFormAndBasic() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		form(name, WRONG);
		basic(name, WRONG);
		form(name, WRONG);
		basic(name, WRONG);
		assertThat(lockedUntil(name)).isNull();
		form(name, WRONG);
		assertThat(lockedUntil(name)).isNotNull();
		assertThat(Attempt.of(form(name, Demo.NEW_PASSWORD))).isEqualTo(Attempt.of(form(name, WRONG)));
		assertThat(basic(name, Demo.NEW_PASSWORD).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void fourFailuresDoNotLock() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		for (int i = 0; i < 4; i++) {
			basic(name, WRONG);
		}
		assertThat(signsIn(name)).isTrue();
	}

	@Test
	void answersEveryFailureAlikeBeforeAndDuringTheLock() throws Exception {
		String formName = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		String basicName = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		List<Attempt> formAnswers = new ArrayList<>();
		List<Attempt> basicAnswers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			formAnswers.add(Attempt.of(form(formName, WRONG)));
			basicAnswers.add(Attempt.of(basic(basicName, WRONG)));
		}
		formAnswers.add(Attempt.of(form(formName, Demo.NEW_PASSWORD)));
		basicAnswers.add(Attempt.of(basic(basicName, Demo.NEW_PASSWORD)));
		formAnswers.add(Attempt.of(form("nobody-" + System.nanoTime(), WRONG)));
		basicAnswers.add(Attempt.of(basic("nobody-" + System.nanoTime(), WRONG)));

		assertThat(lockedUntil(formName)).isNotNull();
		assertThat(lockedUntil(basicName)).isNotNull();
		assertThat(formAnswers).hasSize(10).containsOnly(formAnswers.get(0));
		assertThat(formAnswers.get(0).redirect()).isEqualTo("/login?error");
		assertThat(basicAnswers).hasSize(10).containsOnly(basicAnswers.get(0));
		assertThat(basicAnswers.get(0).status()).isEqualTo(401);
		assertThat(basicAnswers.get(0).body()).contains("未登录或用户名、密码错误").doesNotContain("锁定至");
	}

	@Test
	void staysLockedForThirtyMinutes() throws Exception {
		String name = lockedAccount();
		clock.advance(Duration.ofMinutes(29));
		assertThat(signsIn(name)).isFalse();
		clock.advance(Duration.ofMinutes(2));
		assertThat(signsIn(name)).isTrue();
	}

	@Test
	void attemptsDuringTheLockDoNotExtendIt() throws Exception {
		String name = lockedAccount();
		Instant until = lockedUntil(name);
		clock.advance(Duration.ofMinutes(20));
		for (int i = 0; i < 5; i++) {
			form(name, WRONG);
			basic(name, Demo.NEW_PASSWORD);
		}
		assertThat(lockedUntil(name)).isEqualTo(until);
		clock.advance(Duration.ofMinutes(11));
		assertThat(signsIn(name)).isTrue();
	}

	@Test
	void aSuccessfulLoginStartsTheCountAfresh() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		for (int i = 0; i < 6; i++) {
			form(name, WRONG);
			assertThat(signsIn(name)).isTrue();
		}
		assertThat(lockedUntil(name)).isNull();
	}

	@Test
	void anExpiredLockCountsFromZeroAgain() throws Exception {
		String name = lockedAccount();
		clock.advance(Duration.ofMinutes(31));
		for (int i = 0; i < 4; i++) {
			basic(name, WRONG);
		}
		assertThat(signsIn(name)).isTrue();
	}

	@Test
	void countsEveryWritingOfTheNameAsOneAccount() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		form(name.toUpperCase(), WRONG);
		form(" " + name + " ", WRONG);
		basic(fullWidth(name), WRONG);
		basic(Character.toUpperCase(name.charAt(0)) + name.substring(1), WRONG);
		assertThat(lockedUntil(name)).isNull();
		form(fullWidth(name.toUpperCase()), WRONG);
		assertThat(lockedUntil(name)).isNotNull();
		assertThat(signsIn(name)).isFalse();
	}

	@Test
	void recordsEachFailureAndExactlyOneLockPerLock() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		AuditRows audit = AuditRows.from(jdbc);
		for (int i = 0; i < 8; i++) {
			form(i % 2 == 0 ? name : name.toUpperCase(), WRONG);
		}
		clock.advance(Duration.ofMinutes(31));
		for (int i = 0; i < 5; i++) {
			basic(name, WRONG);
		}
		assertThat(audit.ofType("LOGIN_FAILURE")).hasSize(13).allMatch(row -> row.outcome().equals("FAILURE"));
		assertThat(audit.ofType("ACCOUNT_LOCKED")).hasSize(2).allSatisfy(row -> {
			assertThat(row.objectType()).isEqualTo("ACCOUNT");
			assertThat(row.objectId()).as("the lock names the locked account").isEqualTo(Long.toString(demo.accountId(name)));
			assertThat(row.sourceIp()).isEqualTo("127.0.0.1");
			assertThat(row.outcome()).isEqualTo("SUCCESS");
		});
	}

	/** A brute-force tool sends in parallel; many failures land in the same millisecond. */
	@Test
	void parallelFailuresCountOnceEachAndLockOnce() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		AuditRows audit = AuditRows.from(jdbc);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MvcResult>> attempts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				attempts.add(pool.submit(() -> {
					start.await();
					return basic(name, WRONG);
				}));
			}
			start.countDown();
			for (Future<MvcResult> attempt : attempts) {
				assertThat(attempt.get(60, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(401);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(lockedUntil(name)).isNotNull();
		assertThat(audit.count("LOGIN_FAILURE")).isEqualTo(8);
		assertThat(audit.count("ACCOUNT_LOCKED")).isEqualTo(1);
	}

	@Test
	void unknownNamesCreateNothingButAreRecorded() throws Exception {
		long accounts = jdbc.sql("select count(*) from accounts.account").query(Long.class).single();
		AuditRows audit = AuditRows.from(jdbc);
		for (int i = 0; i < 20; i++) {
			String unknown = "ghost" + i + "-" + System.nanoTime();
			if (i % 2 == 0) {
				form(unknown, WRONG);
			}
			else {
				basic(unknown, WRONG);
			}
		}
		assertThat(jdbc.sql("select count(*) from accounts.account").query(Long.class).single()).isEqualTo(accounts);
		assertThat(audit.ofType("LOGIN_FAILURE")).hasSize(20).allSatisfy(row -> {
			assertThat(row.actor()).startsWith("ghost");
			assertThat(row.outcome()).isEqualTo("FAILURE");
			assertThat(row.sourceIp()).isEqualTo("127.0.0.1");
			assertThat(row.timed()).isTrue();
		});
	}

	@Test
	void recordsASuccessfulLoginOnce() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		AuditRows audit = AuditRows.from(jdbc);
		assertThat(signsIn(name)).isTrue();
		assertThat(audit.ofType("LOGIN_SUCCESS")).singleElement().isEqualTo(new AuditRows.Row(name, "127.0.0.1",
				"LOGIN_SUCCESS", "ACCOUNT", Long.toString(demo.accountId(name)), "SUCCESS", null, true));
	}

	private String lockedAccount() throws Exception {
		String name = demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE);
		for (int i = 0; i < 5; i++) {
			form(name, WRONG);
		}
		assertThat(signsIn(name)).isFalse();
		return name;
	}

	private boolean signsIn(String name) throws Exception {
		MvcResult result = form(name, Demo.NEW_PASSWORD);
		return "/".equals(result.getResponse().getRedirectedUrl());
	}

	private MvcResult form(String name, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(name).password(password)).andReturn();
	}

	private MvcResult basic(String name, String password) throws Exception {
		return mvc.perform(get("/api/v1/regions/53/children").with(httpBasic(name, password))).andReturn();
	}

	private Instant lockedUntil(String name) {
		return jdbc.sql("select locked_until from accounts.account where username = :name").param("name", name)
			.query((rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().get(0);
	}

	/** ｔｌｉａｉｓｏｎ１: the same letters in their full-width forms, as a Chinese input method may type them. */
	static String fullWidth(String name) {
		StringBuilder out = new StringBuilder();
		name.chars().forEach(c -> out.append((char) (c > 0x20 && c < 0x7f ? c + 0xFEE0 : c)));
		return out.toString();
	}

	/** What a client sees of a login attempt. */
	record Attempt(int status, String redirect, String body, String challenge) {

		static Attempt of(MvcResult result) throws Exception {
			return new Attempt(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl(),
					result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
					result.getResponse().getHeader("WWW-Authenticate"));
		}
	}
}
