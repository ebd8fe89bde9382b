package cn.shuangyong.portal;

import java.nio.charset.StandardCharsets;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shell around every page and API call: CSRF protection of the pages, security headers, and errors answered in
 * Chinese, as a page or as ProblemDetail JSON.
 */
@PlatformTest
class WebShellTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void showsTheLoginPageInChinese() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(containsString("用户登录")))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
	}

	@Test
	void sendsAnonymousPageVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/directory/units")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void rejectsAPagePostWithoutTheCsrfToken() throws Exception {
		long unit = demo.unitId(Demo.LUFENG_OFFICE);
		mvc.perform(post("/directory/units/" + unit + "/aliases").param("phrase", "无令牌别名").with(demo.as("lufeng")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/directory/units/" + unit + "/aliases").param("phrase", "无令牌别名")
			.with(csrf().useInvalidToken()).with(demo.as("lufeng"))).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "lufeng").param("password", Demo.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(demo.as("lufeng"))).andExpect(status().isForbidden());
		mvc.perform(get("/directory/units/" + unit).with(demo.as("lufeng")))
			.andExpect(content().string(not(containsString("无令牌别名"))));
	}

	@Test
	void letsAnApiPostWithBasicCredentialsPassWithoutAToken() throws Exception {
		// the API has no POST yet: a Basic call gets past CSRF to the handler mapping (405), a session call does not
		mvc.perform(post("/api/v1/units").with(httpBasic("lufeng", Demo.PASSWORD)))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/api/v1/units").with(demo.as("lufeng"))).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/directory/units", "/directory/regions/53", "/accounts", "/login",
			"/swagger-ui/index.html" })
	void sendsTheSecurityHeadersWithPages(String page) throws Exception {
		MvcResult result = mvc.perform(get(page).with(demo.as("admin"))).andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).isNotNull().contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
		assertThat(directive(csp, "script-src")).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
		assertThat(directive(csp, "style-src")).doesNotContain("'unsafe-inline'");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isNotBlank();
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void sendsTheSecurityHeadersWithTheApi() throws Exception {
		mvc.perform(get("/api/v1/regions/53/children").with(httpBasic("lufeng", Demo.PASSWORD)))
			.andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(jsonPath("$[0].level").value("PREFECTURE")).andExpect(jsonPath("$[0].levelLabel").value("州（市）"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void answersAMissingRecordWithTheChineseNotFoundPage() throws Exception {
		mvc.perform(get("/directory/units/999999999").with(demo.as("lufeng"))).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("页面或记录不存在")))
			.andExpect(content().string(containsString("不在您的数据范围内")));
	}

	@Test
	void answersAnUnknownPhraseWithChineseProblemJson() throws Exception {
		mvc.perform(get("/api/v1/units/resolve").param("phrase", "不存在").with(httpBasic("lufeng", Demo.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("目录中没有“不存在”")));
	}

	@Test
	void answersABadApiRequestWithChineseProblemJson() throws Exception {
		mvc.perform(get("/api/v1/units").param("q", "楚雄军分区").with(httpBasic("lufeng", Demo.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].kindLabel").value(org.hamcrest.Matchers.matchesPattern("\\p{IsHan}.*")));
		mvc.perform(get("/api/v1/units").with(httpBasic("lufeng", Demo.PASSWORD))).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("请提供查询条件")));
	}

	@Test
	void answersTheApiWithoutCredentialsWithChineseProblemJson() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/units").param("q", "禄丰")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("未登录")))
			.andExpect(header().string("WWW-Authenticate", containsString("Session"))).andReturn();
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception");
	}

	/**
	 * A browser that opens an API address is not asked for Basic credentials: it would prompt, remember them and send
	 * them by itself from any other site, where Basic credentials lift the CSRF check. A script that sent Basic
	 * credentials, wrong ones, is told the scheme.
	 */
	@Test
	void challengesForBasicOnlyACallerThatSentBasicCredentials() throws Exception {
		mvc.perform(get("/api/v1/units").param("q", "禄丰")).andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", not(containsString("Basic"))));
		mvc.perform(get("/api/v1/units").param("q", "禄丰").with(httpBasic("nobody-here", "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

	@Test
	void answersAForbiddenApiCallWithChineseProblemJson() throws Exception {
		mvc.perform(post("/api/v1/units").with(demo.as("lufeng"))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("权限")));
	}

	@Test
	void keepsTheApiDocumentationForSignedInUsers() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/v3/api-docs").with(demo.as("lingdao"))).andExpect(status().isOk());
	}

	@Test
	void keepsTheHealthCheckPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void keepsTheRestOfTheActuatorClosed() throws Exception {
		mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/env").with(demo.as("yunnan"))).andExpect(status().isNotFound());
		// an administrator is refused every path outside their own work before anything is looked up
		mvc.perform(get("/actuator/env").with(demo.as("admin"))).andExpect(status().isForbidden());
	}

	@Test
	void sendsABrowserWhoseSessionEndedToTheLoginPageThatSaysSo() throws Exception {
		mvc.perform(get("/plans").cookie(endedSession()).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/login?expired"));
		mvc.perform(get("/login?expired")).andExpect(status().isOk())
			.andExpect(content().string(containsString("会话已超时，请重新登录")));
		// a form sent after its session ended fails on its CSRF token, which died with the session: sign in again,
		// not "没有权限"
		mvc.perform(post("/directory/units/1/aliases").param("phrase", "过期").cookie(endedSession())
			.accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/login?expired"));
		// a first visit without any session is just asked to sign in
		mvc.perform(get("/plans").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", not(containsString("expired"))));
	}

	@Test
	void tellsHtmxToLeadToTheLoginPageInsteadOfSwappingItIntoThePage() throws Exception {
		for (var request : java.util.List.of(get("/notifications/inbox/unread"),
				post("/directory/units/1/aliases").param("phrase", "过期"))) {
			MvcResult result = mvc.perform(request.cookie(endedSession()).header("HX-Request", "true"))
				.andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login?expired"))
				.andReturn();
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请重新登录")
				.doesNotContain("<html", "用户登录");
		}
	}

	@Test
	void answersHtmxThatHitsAnErrorWithAFragmentForTheProblemPlaceNotAPageInThePage() throws Exception {
		MvcResult missing = mvc.perform(get("/directory/units/999999999").header("HX-Request", "true")
			.with(demo.as("lufeng"))).andExpect(status().isNotFound()).andReturn();
		MvcResult forbidden = mvc.perform(get("/accounts").header("HX-Request", "true").with(demo.as("lufeng")))
			.andExpect(status().isForbidden()).andReturn();
		MvcResult wrongType = mvc.perform(get("/supervision/board?plan=abc").header("HX-Request", "true")
			.accept(MediaType.TEXT_HTML).with(demo.as("lufeng"))).andExpect(status().isBadRequest()).andReturn();
		MvcResult badInput = mvc.perform(get(java.net.URI.create("/directory/units?q=a%00b"))
			.header("HX-Request", "true").with(demo.as("lufeng"))).andExpect(status().isBadRequest()).andReturn();
		// what the container sends to /error, such as a refused CSRF token or a failure no handler answered
		MvcResult container = mvc.perform(get("/error").header("HX-Request", "true")
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/plans")).andReturn();
		assertThat(java.util.List.of(missing, forbidden, wrongType, badInput, container)).allSatisfy(result -> {
			assertThat(result.getResponse().getHeader("HX-Retarget")).isEqualTo("#sy-problem");
			assertThat(result.getResponse().getHeader("HX-Reswap")).isEqualTo("innerHTML");
			assertThat(result.getResponse().getContentType()).startsWith("text/html");
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("problem-fragment")
				.doesNotContain("<html", "<header", "navbar");
		});
		assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("页面或记录不存在");
		assertThat(forbidden.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("没有权限");
		assertThat(wrongType.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("「abc」");
		assertThat(badInput.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("控制字符");
		assertThat(container.getResponse().getStatus()).isEqualTo(403);
	}

	/** The cookie of a session that has ended: the name Spring Session gives it, a value it never handed out. */
	private static Cookie endedSession() {
		return new Cookie("SESSION", java.util.Base64.getEncoder()
			.encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static String directive(String csp, String name) {
		for (String directive : csp.split(";")) {
			if (directive.strip().startsWith(name + " ")) {
				return directive.strip();
			}
		}
		return "";
	}
}
