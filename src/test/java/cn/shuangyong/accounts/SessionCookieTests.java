package cn.shuangyong.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.shuangyong.PlatformServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as a browser receives it from the embedded server: out of reach of scripts and not sent along
 * with cross-site requests. (Under MockMvc there is no server, and the cookie's settings are the mock servlet
 * container's, so this needs the real one.)
 */
@PlatformServerTest
class SessionCookieTests {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}
}
