package cn.shuangyong.dashboards;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The provincial office opens the dashboard and sees its four charts drawn, the map with its note; on the board it
 * filters by colour and gets only overdue tasks. Script errors fail the test (see {@link Browser}).
 */
@BrowserTest
class DashboardBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void drawsTheChartsAndTheMapOfThePlan() throws IOException {
		historyWritten();
		browser.login("yunnan");
		browser.open("/dashboard");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "true"
			.equals(d.findElement(By.id("dashboard")).getDomAttribute("data-drawn")));
		for (String chart : List.of("chart-sections", "chart-units", "chart-trend", "chart-map")) {
			assertThat(browser.driver().findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(browser.waitFor(By.id("map-note")).getText()).contains("审图号");
		assertThat(browser.waitFor(By.id("figure-overdue")).getText()).isNotEqualTo("0");
		assertThat(browser.has(By.cssSelector("#dashboard-error:not(.d-none)"))).isFalse();
		browser.screenshot("dashboard");
		new Select(browser.waitFor(By.id("d-theme"))).selectByValue("schooling-applications");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "schooling-applications"
			.equals(d.findElement(By.id("dashboard-themes")).getDomAttribute("data-shown")));
		assertThat(browser.has(By.cssSelector("#dashboard-error:not(.d-none)"))).as("theme drawn").isFalse();
		browser.screenshot("dashboard-theme");
	}

	@Test
	void filtersTheBoardByColour() throws IOException {
		historyWritten();
		browser.login("yunnan");
		browser.open("/supervision/board");
		String allCount = browser.waitFor(By.cssSelector("#colour-ALL .badge")).getText();
		String redCount = browser.waitFor(By.cssSelector("#colour-RED .badge")).getText();
		browser.click(By.id("colour-RED"));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("colour=RED")
				&& d.findElement(By.id("colour-RED")).getDomAttribute("class").contains("active"));
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("#board-table tbody tr"));
		assertThat(rows).isNotEmpty().allMatch(r -> "RED".equals(r.getDomAttribute("data-colour")));
		assertThat(browser.waitFor(By.id("board-summary")).getText()).contains(redCount).doesNotContain(allCount);
		browser.screenshot("board-red");
	}

	private void historyWritten() {
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("select count(*) from supervision.demo_history").query(Long.class).single() == 2);
	}
}
