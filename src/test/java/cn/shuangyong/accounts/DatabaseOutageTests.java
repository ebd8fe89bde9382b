package cn.shuangyong.accounts;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import cn.shuangyong.shared.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API call with HTTP Basic while PostgreSQL is away (a failover, issue 22's drill): its account cannot be read, and
 * the caller used to be answered 401 "未登录或用户名、密码错误" as if its password were wrong. It is a 503 that says
 * the database is away and to retry. The chain is the platform's own sign-in (Spring Security's Basic filter, the
 * account provider and store, the failure listener, the API's answer) over a real PostgreSQL driver whose server
 * does not answer: a port nothing listens on.
 */
class DatabaseOutageTests {

	@Test
	void aBasicCallWhoseAccountCannotBeReadIsAnswered503NotUnauthorized() throws Exception {
		AccountStore accounts = new AccountStore(JdbcClient.create(unreachableDatabase()));
		SecurityPolicy policy = new SecurityPolicy(null, null, null);
		Clock clock = Clock.systemUTC();
		var provider = new AccountAuthenticationProvider(new AccountDetailsService(accounts, null, clock, policy),
				new BCryptPasswordEncoder(4), accounts, policy, clock, new DemoMode(false));
		ProviderManager manager = new ProviderManager(List.of(provider));
		// the failure event goes to the listener that counts failed sign-ins and audits them; with the database away
		// it must neither count nor write (its audit trail is not even there: a call would fail this test)
		var attempts = new LoginAttempts(accounts, null, policy, clock);
		StaticApplicationContext events = new StaticApplicationContext();
		events.addApplicationListener(event -> {
			if (event instanceof AbstractAuthenticationFailureEvent failure) {
				attempts.failed(failure);
			}
		});
		events.refresh();
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		ProblemResponses problems = new ProblemResponses(JsonMapper.builder().build(), null);
		BasicAuthenticationFilter basic = new BasicAuthenticationFilter(manager, problems::unauthorized);

		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tasks/1/reports");
		request.addHeader("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString("chuxiong:Demo@2020".getBytes(StandardCharsets.UTF_8)));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		basic.doFilter(request, response, chain);

		assertThat(chain.getRequest()).as("the call went no further").isNull();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("WWW-Authenticate")).as("no challenge to sign in again").isNull();
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("数据库暂时无法访问").contains("这不是登录失效").doesNotContain("未登录");
	}

	/** A data source over the PostgreSQL driver, on a loopback port just found free and closed again. */
	private static DriverManagerDataSource unreachableDatabase() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port + "/shuangyong?connectTimeout=2",
				"nobody", "nothing");
	}
}
