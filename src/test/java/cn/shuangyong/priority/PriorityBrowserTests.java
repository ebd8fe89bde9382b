package cn.shuangyong.priority;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An inspector of 楚雄州 on a phone (390 px) records a failed item with a photo at a hospital of the provincial
 * campaign; a task opens for the 州卫健委, which puts it right and reports; the office re-checks and signs it off, and
 * the finding is put right.
 */
@BrowserTest
class PriorityBrowserTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInspectorRecordsAFailedItemWithAPhotoTheDepartmentPutsItRightAndTheOfficeClosesIt() throws IOException {
		long campaign = jdbc.sql("select id from priority.campaign where year = 2020 and region_code = '53'")
			.query(Long.class).single();
		long hospital = jdbc.sql("select id from priority.place where name = '楚雄州某人民医院'").query(Long.class).single();
		Path photo = Files.createDirectories(Path.of("target", "browser-uploads")).resolve("收费处.png").toAbsolutePath();
		Files.write(photo, PNG);

		browser.login("chuxiong");
		browser.open("/priority/campaigns/" + campaign + "/places/" + hospital + "/inspect");
		List<WebElement> items = browser.driver().findElements(By.cssSelector("input[name=itemId]"));
		browser.driver().executeScript("arguments[0].click()", items.get(items.size() - 1));
		browser.click(By.cssSelector("label[for=result-fail]"));
		browser.driver().findElement(By.id("note")).sendKeys("门诊大厅未张贴军人优先就诊提示。");
		browser.driver().executeScript("document.getElementById('rectifyBy').value = '2020-10-30'");
		browser.driver().findElement(By.id("photos")).sendKeys(photo.toString());
		assertThat((Long) browser.driver().executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.as("the form fits a phone").isLessThanOrEqualTo(0);
		browser.screenshot("phone-priority-inspect");
		browser.click(By.cssSelector("#inspect-form button[type=submit]"));
		browser.waitForText(By.id("content"), "检查结果已保存");

		long finding = jdbc.sql("select max(id) from priority.finding where place_id = ? and note like '门诊大厅%'")
			.param(hospital).query(Long.class).single();
		long task = jdbc.sql("select task_id from priority.finding where id = ?").param(finding).query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from priority.photo where finding_id = ?").param(finding).query(Long.class)
			.single()).isOne();

		browser.login("cxweijian");
		browser.open("/supervision/tasks/" + task);
		browser.click(By.id("sign-for"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("已签收");
		browser.waitFor(By.id("report-text")).sendKeys("已在门诊大厅张贴军人优先就诊提示，并培训导诊人员。");
		browser.click(By.id("send-report"));
		assertThat(browser.waitFor(By.id("reports")).getText()).contains("军人优先就诊提示");
		browser.click(By.id("submit-task"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("申请销号");

		browser.login("chuxiong");
		browser.open("/supervision/tasks/" + task);
		browser.click(By.id("sign-off"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("已办结");
		await().atMost(Duration.ofSeconds(20)).until(() -> "RECTIFIED".equals(jdbc
			.sql("select state from priority.finding where id = ?").param(finding).query(String.class).single()));
		browser.open("/priority/places/" + hospital);
		browser.waitForText(By.id("finding-" + finding), "已整改");
		assertThat(browser.has(By.cssSelector("#finding-" + finding + " img"))).as("the photo is shown").isTrue();
	}
}
