package cn.shuangyong.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 三员分立 (等保 8.1.5): the administrators read no business data. Walks every GET route the platform maps, with its
 * path variables filled from records that exist, as each administrator, and fails on any 200 outside what their work
 * needs: the directory; accounts, roles and locks (system and security administrators); the audit log (the auditor
 * alone); their own inbox and password; the calendar's holidays; and the API's description, which holds no records.
 */
@PlatformTest
class AdministratorRoutesTests {

	/** What every administrator may read. */
	private static final List<String> EVERY_ADMINISTRATOR = List.of("/", "/directory/**", "/api/v1/units**",
			"/api/v1/regions/**", "/accounts/staff", "/notifications/inbox**", "/account/password", "/calendar/holidays",
			"/login", "/error",
			"/v3/api-docs**", "/swagger-ui**");

	private static final Map<String, List<String>> OWN_WORK = Map.of(
			"admin", List.of("/accounts**"),
			"lufengadmin", List.of("/accounts**"),
			"secadmin", List.of("/accounts**"),
			"auditor", List.of("/audit**"));

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void administratorsAreRefusedEveryRouteOutsideTheirWork() throws Exception {
		List<String> paths = readRoutes();
		assertThat(paths).hasSizeGreaterThan(100);
		List<String> leaks = new ArrayList<>();
		int readByTheOffice = 0;
		for (String path : paths) {
			if (status("yunnan", path) == 200) {
				readByTheOffice++;
			}
			for (String administrator : OWN_WORK.keySet()) {
				if (status(administrator, path) == 200 && !allowed(administrator, path)) {
					leaks.add(administrator + " " + path);
				}
			}
		}
		assertThat(leaks).isEmpty();
		// the walk reaches real records: the provincial office reads most of what it walked
		assertThat(readByTheOffice).as("routes the provincial office reads").isGreaterThan(paths.size() / 2);
	}

	/** The second line of defence keeps the administrators' own work open to them. */
	@Test
	void administratorsStillReachTheirOwnWork() throws Exception {
		for (String administrator : OWN_WORK.keySet()) {
			for (String path : List.of("/", "/directory/regions/5323", "/api/v1/regions/5323/children",
					"/notifications/inbox", "/account/password", "/calendar/holidays")) {
				assertThat(status(administrator, path)).as(administrator + " " + path).isEqualTo(200);
			}
		}
		for (String administrator : List.of("admin", "secadmin", "lufengadmin")) {
			assertThat(status(administrator, "/accounts")).as(administrator).isEqualTo(200);
		}
		assertThat(status("auditor", "/audit")).isEqualTo(200);
	}

	private int status(String username, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(username))).andReturn().getResponse().getStatus();
	}

	/** Every GET route, its variables filled with records of the demo data. */
	private List<String> readRoutes() {
		Set<String> paths = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				paths.add(fill(pattern));
			}
		}
		return new ArrayList<>(paths);
	}

	private String fill(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value(pattern, matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	private String value(String pattern, String variable) {
		return switch (variable) {
			case "code", "region" -> "5323";
			case "year" -> "2020";
			default -> RECORDS.entrySet().stream().filter(e -> pattern.startsWith(e.getKey())).findFirst()
				.map(e -> first(e.getValue())).orElse("1");
		};
	}

	/** Where the {id} of a route's records lives, for routes whose first record is not id 1. */
	private static final Map<String, String> RECORDS = Map.of();

	private String first(String table) {
		return jdbc.sql("select coalesce(min(id), 1) from " + table).query(Long.class).single().toString();
	}

	private static boolean allowed(String administrator, String path) {
		List<String> patterns = new ArrayList<>(EVERY_ADMINISTRATOR);
		patterns.addAll(OWN_WORK.get(administrator));
		String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return patterns.stream().anyMatch(p -> p.endsWith("**") ? bare.startsWith(p.substring(0, p.length() - 2))
				: bare.equals(p));
	}
}
