package cn.shuangyong.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 15 (errors that speak Chinese to people): every form a role's pages show, sent as a careless or hostile user
 * would send it (letters in number, date and money fields, a month 13, overlong text, required fields left empty),
 * is answered as a page in Chinese: never a 500, never raw JSON to a browser, never a framework's English, and the
 * refused form changes nothing. The pages are those the role's menu reaches, and the links one level down from them,
 * one of each kind.
 */
@PlatformTest
class FormWalkTests {

	/** What a browser sends as Accept when it opens a page or sends a form. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	/** Links that download, sign out, switch language or leave the pages: not pages to walk. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"logout|export|download|\\.docx|\\.xlsx|\\.csv|pdf|/api/|swagger|api-docs|lang=|/files/|attachments/|reveal|photo|/print|roster|ledger|bulletins/\\d");

	/** The framework's words that must never reach a person. */
	private static final Pattern FRAMEWORK_ENGLISH = Pattern.compile("Failed to convert|Whitelabel|Bad Request|Exception"
			+ "|\\bnull\\b|Internal Server Error|Forbidden|Not Found|Method Not Allowed|must not be|Required request"
			+ "|Validation failed|typeMismatch|NumberFormat|java\\.|springframework|No enum constant|Content-Type"
			+ "|\"detail\"|\"status\"|could not|Cannot|Unsupported|\\bparameter\\b");

	/** An English word in a message shown to the user; file formats are named as such. */
	private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(?!(?:xlsx|xls|csv|docx|doc|pdf|PDF|Excel|JSON|TOTP|txt)\\b)[A-Za-z]{4,}\\b");

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	private static final int PAGES_PER_ROLE = 45;

	private static final int LINKS_PER_PAGE = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "yunnan", "chuxiong", "lufeng", "tuiyi", "junfenqu", "zhan", "lingdao", "admin",
			"secadmin", "auditor" })
	void answersEveryFormOfTheRolesPagesSentWithWrongValuesInChineseAndChangesNothing(String username)
			throws Exception {
		Walk walk = new Walk(username);
		walk.pages();
		int sent = 0;
		for (Form form : walk.forms.values()) {
			for (Map<String, String> values : form.wrongFillings()) {
				Map<String, Long> before = rowCounts();
				walk.send(form, values);
				Map<String, Long> after = rowCounts();
				if (!after.equals(before)) {
					walk.findings.add(form.describe(values) + " changed " + changed(before, after));
				}
				sent++;
			}
		}
		assertThat(walk.findings).as("%s: %d pages, %d forms, %d submissions", username, walk.seen.size(),
				walk.forms.size(), sent).isEmpty();
		assertThat(sent).as("forms sent for " + username).isPositive();
	}

	/** One role's walk: the pages it has seen, the forms found on them (one of each), what went wrong. */
	private final class Walk {

		final String username;

		final Set<String> seen = new LinkedHashSet<>();

		final Set<String> shapes = new LinkedHashSet<>();

		final Map<String, Form> forms = new LinkedHashMap<>();

		final List<String> findings = new ArrayList<>();

		Walk(String username) {
			this.username = username;
		}

		void pages() throws Exception {
			Document home = open("/");
			List<String> menu = new ArrayList<>();
			for (Element link : home.select("#sidebar a[href]")) {
				menu.add(link.attr("href"));
			}
			for (String page : menu) {
				Document document = open(page);
				if (document == null) {
					continue;
				}
				int followed = 0;
				for (Element link : document.select("main a[href]")) {
					String href = link.attr("href");
					if (followed < LINKS_PER_PAGE && seen.size() < PAGES_PER_ROLE && href.startsWith("/")
							&& !href.startsWith("//") && !NOT_A_PAGE.matcher(href).find() && shapes.add(shape(href))) {
						open(href);
						followed++;
					}
				}
			}
		}

		/** Opens a page as this role, checks it, and collects its forms; null when it is no page. */
		Document open(String path) throws Exception {
			if (!seen.add(path)) {
				return null;
			}
			shapes.add(shape(path));
			MvcResult result = mvc.perform(browser(get(java.net.URI.create(path)))).andReturn();
			int status = result.getResponse().getStatus();
			String type = String.valueOf(result.getResponse().getContentType());
			if (status >= 300 && status < 400) {
				// the leader's home is the dashboard: follow a redirect within the pages, once
				String location = String.valueOf(result.getResponse().getRedirectedUrl()).replaceFirst("^https?://[^/]+", "");
				return location.startsWith("/") && !location.startsWith("/login") ? open(location) : null;
			}
			if (!type.startsWith("text/html")) {
				return null;
			}
			String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			Document document = Jsoup.parse(html, "http://localhost" + path);
			if (status != 200) {
				findings.add("GET " + path + " answered " + status + ": " + document.text());
			}
			checkWords("GET " + path, document, html);
			for (Element element : document.select("form")) {
				Form form = Form.of(element, path);
				if (form != null) {
					forms.putIfAbsent(form.key(), form);
				}
			}
			return document;
		}

		void send(Form form, Map<String, String> values) throws Exception {
			AbstractMockHttpServletRequestBuilder<?> request;
			if (form.post()) {
				request = form.multipart() ? multipart(java.net.URI.create(form.action())) : post(java.net.URI.create(form.action()));
				values.forEach(request::param);
				request.with(csrf());
			}
			else {
				UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(form.action());
				values.forEach((name, value) -> uri.queryParam(name, value));
				request = get(uri.encode().build().toUri());
			}
			request.header(HttpHeaders.REFERER, "http://localhost" + form.page());
			if (form.htmx()) {
				request.header("HX-Request", "true");
			}
			MvcResult result = mvc.perform(browser(request)).andReturn();
			String what = form.describe(values);
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (status >= 500) {
				findings.add(what + " answered " + status + ": " + Jsoup.parse(body).text());
				return;
			}
			if (status >= 300 && status < 400) {
				String location = String.valueOf(result.getResponse().getRedirectedUrl());
				if (location.contains("/login")) {
					findings.add(what + " led to the login page");
					return;
				}
				MvcResult landed = mvc.perform(browser(get(java.net.URI.create(location.replaceFirst("^https?://[^/]+", "")))
					.flashAttrs(result.getFlashMap()))).andReturn();
				String html = landed.getResponse().getContentAsString(StandardCharsets.UTF_8);
				checkWords(what + " → " + location, Jsoup.parse(html), html);
				return;
			}
			String type = String.valueOf(result.getResponse().getContentType());
			if (body.isBlank()) {
				return;
			}
			if (!type.startsWith("text/html")) {
				findings.add(what + " answered " + status + " as " + type + " to a browser: "
						+ body.substring(0, Math.min(200, body.length())));
				return;
			}
			Document answer = Jsoup.parse(body);
			if (status >= 400 && !CHINESE.matcher(answer.text()).find()) {
				findings.add(what + " answered " + status + " without a Chinese word: " + answer.text());
			}
			checkWords(what + " (" + status + ")", answer, body);
		}

		/** No framework English anywhere, and no English word in what tells the user what went wrong. */
		void checkWords(String what, Document document, String html) {
			var english = FRAMEWORK_ENGLISH.matcher(document.text());
			if (english.find()) {
				findings.add(what + " shows \"" + english.group() + "\": " + around(document.text(), english.start()));
			}
			if (html.contains("Exception") || html.contains("\"detail\":")) {
				findings.add(what + " carries raw error text in its HTML");
			}
			for (Element message : document.select("#error-message, #problem-message, .alert, .invalid-feedback")) {
				var word = ENGLISH_WORD.matcher(message.text());
				if (word.find()) {
					findings.add(what + " says in English \"" + word.group() + "\": " + message.text());
				}
			}
		}

		AbstractMockHttpServletRequestBuilder<?> browser(AbstractMockHttpServletRequestBuilder<?> request) {
			request.header(HttpHeaders.ACCEPT, BROWSER_ACCEPT);
			request.with(demo.as(username));
			return request;
		}
	}

	/** A form as a page shows it: where it goes, how, and its fields with the types the page gives them. */
	private record Form(String page, String action, boolean post, boolean multipart, boolean htmx, List<Element> fields) {

		static Form of(Element form, String page) {
			String hxPost = form.attr("hx-post");
			String hxGet = form.attr("hx-get");
			boolean post = !hxPost.isEmpty() || "post".equalsIgnoreCase(form.attr("method"));
			String action = !hxPost.isEmpty() ? hxPost : !hxGet.isEmpty() ? hxGet : form.attr("action");
			if (action.isEmpty()) {
				action = page;
			}
			action = action.replaceFirst("^https?://[^/]+", "");
			List<Element> fields = form.select("input[name], select[name], textarea[name]").stream()
				.filter(field -> !field.attr("name").equals("_csrf")).toList();
			boolean fillable = fields.stream().anyMatch(Form::fillable);
			if (!fillable || NOT_A_PAGE.matcher(action).find() || !action.startsWith("/")) {
				return null; // a button alone (sign off, delete, mark read): there is nothing to type wrong
			}
			return new Form(page, action, post, "multipart/form-data".equalsIgnoreCase(form.attr("enctype")),
					!hxPost.isEmpty() || !hxGet.isEmpty(), fields);
		}

		String key() {
			return (post ? "POST " : "GET ") + shape(action) + " " + fields.stream().map(f -> f.attr("name")).toList();
		}

		String describe(Map<String, String> values) {
			Map<String, String> shown = new LinkedHashMap<>();
			values.forEach((name, value) -> shown.put(name, value.length() > 20 ? value.substring(0, 8) + "…(" + value.length() + ")" : value));
			return (post ? "POST " : "GET ") + action + " (from " + page + ") " + shown;
		}

		/**
		 * The wrong ways to fill this form: typed fields with letters and impossible dates (text fields given a
		 * short word), when it has any; required fields left empty, when it has any; and overlong text.
		 */
		List<Map<String, String>> wrongFillings() {
			List<Map<String, String>> fillings = new ArrayList<>();
			if (fields.stream().anyMatch(f -> fillable(f) && typed(f))) {
				fillings.add(fill(f -> typed(f) ? wrongValue(f) : "测试"));
			}
			if (fields.stream().anyMatch(f -> fillable(f) && f.hasAttr("required"))) {
				fillings.add(fill(f -> ""));
			}
			if (fields.stream().anyMatch(f -> fillable(f) && !typed(f))) {
				fillings.add(fill(f -> typed(f) ? wrongValue(f) : overlong(f)));
			}
			return fillings;
		}

		private Map<String, String> fill(java.util.function.Function<Element, String> value) {
			Map<String, String> values = new LinkedHashMap<>();
			for (Element field : fields) {
				String name = field.attr("name");
				if (!fillable(field)) {
					if (field.attr("type").equalsIgnoreCase("hidden")) {
						values.putIfAbsent(name, field.val());
					}
					continue;
				}
				values.put(name, value.apply(field));
			}
			return values;
		}

		/** A field a person types into or chooses from; not hidden, not a checkbox, not a file. */
		static boolean fillable(Element field) {
			String type = field.attr("type").toLowerCase();
			return !List.of("hidden", "checkbox", "file", "submit", "button", "reset", "image").contains(type);
		}

		/** A field whose value must be of a type: a number, a date, a choice, an amount. */
		static boolean typed(Element field) {
			String type = field.attr("type").toLowerCase();
			return field.tagName().equals("select") || List.of("number", "date", "month", "datetime-local", "email",
					"radio", "year").contains(type) || field.hasAttr("inputmode") || field.hasAttr("pattern");
		}

		static String wrongValue(Element field) {
			return switch (field.tagName().equals("select") ? "select" : field.attr("type").toLowerCase()) {
				case "select", "radio" -> "不存在的选项";
				case "date" -> "2020-13-45";
				case "month" -> "2020-13";
				case "datetime-local" -> "2020-13-45T25:61";
				case "email" -> "不是邮箱";
				default -> "500元";
			};
		}

		static String overlong(Element field) {
			int limit = field.hasAttr("maxlength") ? Integer.parseInt(field.attr("maxlength")) + 50 : 5000;
			return "很长的文字".repeat(limit / 5 + 1);
		}
	}

	/** A path with its numbers blanked: one page of each kind is enough. */
	private static String shape(String path) {
		int query = path.indexOf('?');
		return (query < 0 ? path : path.substring(0, query)).replaceAll("\\d+", "#");
	}

	/** How many rows each business table holds: the spot check that a refused form changed nothing. */
	private Map<String, Long> rowCounts() {
		List<String> tables = jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema in ('directory', 'accounts', 'plans', 'supervision',
				  'documents', 'beneficiaries', 'duallist', 'consultations', 'modelcity', 'calendar')
				order by 1""").query(String.class).list();
		String union = String.join(" union all ", tables.stream()
			.map(table -> "select '" + table + "' as name, count(*) as n from " + table).toList());
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(union).query((row, index) -> counts.put(row.getString("name"), row.getLong("n"))).list();
		return counts;
	}

	private static String changed(Map<String, Long> before, Map<String, Long> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((table, count) -> {
			if (!count.equals(before.get(table))) {
				changed.add(table + " " + before.get(table) + "→" + count);
			}
		});
		return changed.toString();
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
	}
}
