package cn.shuangyong.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import cn.shuangyong.accounts.DemoAccountList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 10: each role's main journey walked in the browser as its people walk it, the station's on a phone,
 * with a screenshot of each page in {@code target/screenshots/journey-*}. Every page on the way must read as Chinese
 * for officials: no English, no raw codes (enum names such as SIGNED_OFF or CUI_BAN, a region as a bare 9- or 12-digit
 * code where its name belongs) and no text meant for developers.
 */
@BrowserTest
class RoleJourneyBrowserTests {

	@RegisterExtension
	static final Browser desktop = Browser.desktop();

	@RegisterExtension
	static final Browser phone = Browser.phone();

	/** Latin words a page may show: the language switch, and file formats named as such. */
	private static final Set<String> ALLOWED_WORDS = Set.of("English", "docx", "xlsx", "xls", "csv", "pdf", "PDF",
			"Excel", "Word", "JPG", "JPEG", "PNG", "TOTP");

	/** The demo's login names: an account's identity on the account pages and in the audit log, nowhere else. */
	private static final Set<String> LOGIN_NAMES = Stream.concat(
			DemoAccountList.accounts().stream().map(DemoAccountList.Entry::username), Stream.of("demo"))
		.collect(Collectors.toUnmodifiableSet());

	private static final List<String> WHERE_LOGIN_NAMES_BELONG = List.of("/accounts", "/audit");

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]{2,}");

	private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

	private static final Pattern BARE_REGION_CODE = Pattern.compile("(?<![\\d*.\\-])(?:\\d{12}|\\d{9})(?![\\d*.\\-])");

	private static final Pattern DEVELOPER_TEXT = Pattern.compile("\\?\\?[\\w.]+\\?\\?|TODO|FIXME|https?://|www\\."
			+ "|待核实|原文缺失|毫秒|演示军人|\\bnull\\b|undefined|NaN|\\[object|\\$\\{|#\\{");

	/** E-mail addresses are data, not English text. */
	private static final Pattern E_MAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProvincialOfficeOpensItsPlanAndBoardAndUrgesARedTask() throws IOException {
		Journey walk = new Journey(desktop, "office");
		desktop.login("yunnan");
		walk.look("workbench", By.id("waiting"));
		walk.menu("nav-plans", By.id("plan-list"));
		desktop.click(By.cssSelector("#plan-list a[href^='/plans/']"));
		walk.look("plan", By.id("plan-title"));
		walk.menu("nav-board", By.id("board"));
		desktop.click(By.id("colour-RED"));
		desktop.waitFor(By.cssSelector("#colour-RED.active"));
		walk.look("board-red", By.id("board-table"));
		// UrgingBrowserTests urges item 26 itself, and the urging ladder's checks read items 26 and 29 as the demo left them
		WebElement task = desktop.driver().findElements(By.cssSelector("#board-table a[href*='/supervision/tasks/']"))
			.stream().filter(link -> !link.getText().matches("第 (26|29) 条.*")).findFirst().orElseThrow();
		desktop.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", task);
		task.click();
		walk.look("task", By.id("task-state"));
		desktop.click(By.id("urge-task"));
		assertThat(desktop.waitFor(By.id("notice")).getText()).contains("已发出");
		walk.look("task-urged", By.id("notices"));
		walk.assertReadsAsChinese();
	}

	@Test
	void theLiaisonOpensItsTasksAndReportsOnOne() throws IOException {
		Journey walk = new Journey(desktop, "liaison");
		desktop.login("cxtuiyi");
		walk.look("workbench", By.id("open-tasks"));
		walk.menu("nav-myTasks", By.id("my-tasks"));
		desktop.click(By.id("task-" + openTaskLedBy("cxtuiyi")));
		walk.look("task", By.id("task-state"));
		if (desktop.has(By.id("sign-for"))) {
			desktop.click(By.id("sign-for"));
			desktop.waitFor(By.id("report-text"));
		}
		desktop.waitFor(By.id("report-text")).sendKeys("已走访慰问重点优抚对象 36 户，发放慰问金 3.6 万元");
		desktop.click(By.id("send-report"));
		assertThat(desktop.waitFor(By.id("reports")).getText()).contains("已走访慰问重点优抚对象 36 户");
		walk.look("task-reported", By.id("reports"));
		walk.assertReadsAsChinese();
	}

	@Test
	void theStationWorkerOpensItsVisitListAndAHouseholdOnAPhone() throws IOException {
		Journey walk = new Journey(phone, "station");
		phone.login("zhan");
		walk.look("workbench", By.id("waiting"));
		phone.click(By.cssSelector("#waiting a[href*='/outstanding']"));
		walk.look("visit-list", By.id("outstanding"));
		phone.click(By.cssSelector("#outstanding details summary"));
		walk.look("visit-form", By.cssSelector("#outstanding details[open] form"));
		phone.open("/beneficiaries/plaques");
		walk.look("plaques", By.id("content"));
		phone.click(By.cssSelector("a[href*='/beneficiaries/plaques/households/']"));
		walk.look("household", By.id("plaque"));
		walk.assertReadsAsChinese();
	}

	@Test
	void theLeaderSeesTheDashboard() throws IOException {
		Journey walk = new Journey(desktop, "leader");
		desktop.login("lingdao");
		walk.look("home", By.id("content"));
		walk.menu("nav-dashboard", By.id("dashboard-headline"));
		desktop.waitFor(By.cssSelector("#chart-sections canvas, #chart-sections svg"));
		walk.look("dashboard", By.id("dashboard"));
		walk.assertReadsAsChinese();
	}

	@Test
	void theSystemAdministratorOpensTheAccounts() throws IOException {
		Journey walk = new Journey(desktop, "admin");
		desktop.login("admin");
		walk.look("workbench", By.id("content"));
		walk.menu("nav-accounts", By.id("account-table"));
		desktop.click(By.cssSelector("#account-table a[href^='/accounts/']"));
		walk.look("account", By.id("content"));
		walk.assertReadsAsChinese();
	}

	@Test
	void theAuditorReadsTheAuditLog() throws IOException {
		Journey walk = new Journey(desktop, "auditor");
		desktop.login("auditor");
		walk.look("workbench", By.id("content"));
		walk.menu("nav-audit", By.id("audit-table"));
		walk.assertReadsAsChinese();
	}

	/**
	 * Issue 15, errors: a refused htmx request shows its Chinese reason above the page and leaves the page as it was;
	 * once the session has ended, the next htmx request leads to the login page, which says why.
	 */
	@Test
	void htmxShowsARefusalAboveThePageAndLeadsToTheLoginPageOnceTheSessionEnded() throws IOException {
		desktop.login("lufeng");
		desktop.open("/directory/units?q=禄丰");
		String results = desktop.waitFor(By.id("results")).getText();
		desktop.driver().executeScript("htmx.ajax('GET', '/directory/units/999999999', {target: '#results'})");
		assertThat(desktop.waitFor(By.id("problem-fragment")).getText()).contains("页面或记录不存在");
		assertThat(desktop.driver().findElement(By.id("results")).getText()).isEqualTo(results);
		assertThat(desktop.driver().findElements(By.cssSelector("header.navbar"))).hasSize(1);
		desktop.screenshot("journey-htmx-refused");
		WebElement query = desktop.driver().findElement(By.id("q"));
		query.clear();
		query.sendKeys("楚雄");
		new WebDriverWait(desktop.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.invisibilityOfElementLocated(By.id("problem-fragment")));

		desktop.driver().manage().deleteCookieNamed("SESSION");
		query.clear();
		query.sendKeys("昆明");
		desktop.waitForText(By.tagName("body"), "会话已超时，请重新登录");
		assertThat(desktop.driver().getCurrentUrl()).endsWith("/login?expired");
		assertThat(desktop.has(By.id("login-submit"))).isTrue();
		desktop.screenshot("journey-htmx-session-ended");
	}

	/** The first task the account's unit leads and can still report on. */
	private long openTaskLedBy(String username) {
		return jdbc.sql("""
				select min(t.id) from supervision.task t join supervision.task_unit u on u.task_id = t.id
				where u.role = 'LEAD' and t.state in ('ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS', 'RETURNED')
				  and u.unit_id = (select unit_id from accounts.account where username_key = :name)""")
			.param("name", username).query(Long.class).single();
	}

	/** One role's walk: each page looked at, screenshot and read, and what it should not have shown. */
	private static final class Journey {

		private final Browser browser;

		private final String role;

		private final List<String> findings = new ArrayList<>();

		Journey(Browser browser, String role) {
			this.browser = browser;
			this.role = role;
		}

		void menu(String entry, By landmark) throws IOException {
			if (!browser.driver().findElement(By.id(entry)).isDisplayed()) {
				browser.click(By.cssSelector("button[data-bs-target='#sidebar']"));
				browser.waitFor(By.cssSelector("#sidebar.show"));
			}
			browser.click(By.id(entry));
			look(entry.replace("nav-", ""), landmark);
		}

		void look(String name, By landmark) throws IOException {
			browser.waitFor(landmark);
			browser.screenshot("journey-" + role + "-" + name);
			String path = (String) browser.driver().executeScript("return location.pathname + location.search");
			String text = browser.driver().getTitle() + "\n"
					+ browser.driver().executeScript("return document.body.innerText");
			boolean loginNamesBelong = WHERE_LOGIN_NAMES_BELONG.stream().anyMatch(path::startsWith);
			for (String problem : problems(text, loginNamesBelong)) {
				findings.add(path + ": " + problem);
			}
		}

		void assertReadsAsChinese() {
			assertThat(findings).as("what the %s's pages showed", role).isEmpty();
		}
	}

	/** What a page's text shows that officials should not see. */
	private static final Pattern FILE_NAME = Pattern.compile("[\\w\\p{IsHan}.-]+\\.(?i:pdf|docx?|xlsx?|jpe?g|png|txt|csv)\\b");

	static List<String> problems(String text, boolean loginNamesBelong) {
		List<String> found = new ArrayList<>();
		// e-mail addresses and the names of uploaded files are what users typed or sent, not the platform's words
		String withoutMail = FILE_NAME.matcher(E_MAIL.matcher(text).replaceAll(" ")).replaceAll(" ");
		Matcher enumName = ENUM_NAME.matcher(withoutMail);
		while (enumName.find()) {
			found.add("code " + enumName.group() + " in \"" + around(withoutMail, enumName) + "\"");
		}
		Matcher word = WORD.matcher(withoutMail);
		while (word.find()) {
			if (!ALLOWED_WORDS.contains(word.group()) && !ENUM_NAME.matcher(word.group()).matches()
					&& !(loginNamesBelong && LOGIN_NAMES.contains(word.group()))) {
				found.add("English \"" + word.group() + "\" in \"" + around(withoutMail, word) + "\"");
			}
		}
		Matcher code = BARE_REGION_CODE.matcher(withoutMail);
		while (code.find()) {
			found.add("bare code " + code.group() + " in \"" + around(withoutMail, code) + "\"");
		}
		Matcher developer = DEVELOPER_TEXT.matcher(withoutMail);
		while (developer.find()) {
			found.add("developer text \"" + developer.group() + "\" in \"" + around(withoutMail, developer) + "\"");
		}
		return found;
	}

	private static String around(String text, Matcher match) {
		return text.substring(Math.max(0, match.start() - 30), Math.min(text.length(), match.end() + 30))
			.replace('\n', ' ');
	}
}
