package cn.shuangyong.plans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import cn.shuangyong.documents.reading.SeedDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial office imports the seed notice as a Word file on a platform without the demo plan: it maps the one
 * phrase the directory does not know, publishes, finds what 省人社厅 helps with, and imports the same file again
 * without duplicating anything.
 */
@BrowserTest
@TestPropertySource(properties = "shuangyong.demo.skip=plan")
class PublishingBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsTheSeedAsDocxMapsZhouShiPublishesAndImportsAgainWithoutDuplicates() throws IOException {
		// the demo model-city round's 公示 announcements are in the register already
		long before = count("documents.document");
		Path docx = Files.createTempFile("yunnan-2020-shuangyong-notice", ".docx");
		Files.write(docx, SeedDocx.build());
		browser.login("yunnan");

		upload(docx);
		WebElement unknown = browser.waitFor(By.id("unknown"));
		assertThat(unknown.findElements(By.className("sy-unknown-phrase"))).extracting(WebElement::getText)
			.containsExactly("州(市)");
		assertThat(browser.driver().findElements(By.cssSelector("#items .sy-item"))).hasSize(32);
		browser.screenshot("review-seed-docx");

		WebElement form = unknown.findElement(By.className("sy-map-form"));
		new Select(form.findElement(By.name("groupCode"))).selectByValue("PREFECTURE_OFFICES");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		browser.waitFor(By.id("publish"));
		assertThat(browser.has(By.id("unknown"))).as("no unknown phrase is left").isFalse();
		assertThat(browser.driver().findElements(By.cssSelector("#item-24 .sy-phrase[data-state=GROUP]")))
			.as("item 25's 州(市) now reads as the group of prefecture offices").isNotEmpty();

		browser.driver().findElement(By.id("publish")).click();
		assertThat(browser.waitFor(By.id("plan-title")).getText()).isEqualTo("2020年云南省双拥工作要点");
		browser.screenshot("published-plan");

		browser.open("/directory/units?q=" + java.net.URLEncoder.encode("省人社厅", java.nio.charset.StandardCharsets.UTF_8));
		browser.click(By.cssSelector("#results a"));
		browser.click(By.id("unit-involvement"));
		List<String> helpsWith = browser.waitFor(By.id("involvement-COOPERATING")).findElements(By.tagName("a")).stream()
			.map(WebElement::getText).toList();
		assertThat(helpsWith).contains("第 26 条");
		browser.screenshot("hrss-involvement");

		long documents = count("documents.document");
		long plans = count("plans.work_plan");
		long items = count("plans.work_item");
		upload(docx);
		browser.click(By.id("publish"));
		browser.waitFor(By.id("plan-title"));
		assertThat(count("documents.document")).isEqualTo(documents).isEqualTo(before + 2);
		assertThat(count("plans.work_plan")).isEqualTo(plans).isEqualTo(2);
		assertThat(count("plans.work_item")).isEqualTo(items);
	}

	private void upload(Path file) {
		browser.open("/plans/drafts");
		browser.waitFor(By.id("notice-file")).sendKeys(file.toAbsolutePath().toString());
		browser.driver().findElement(By.id("upload-notice")).click();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
