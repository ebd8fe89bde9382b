package cn.shuangyong.schooling;

import java.io.IOException;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's second journey on the pages: 楚雄军分区's liaison applies for a child's school place, 楚雄市教育体育局
 * refuses it with reasons, the liaison asks once for review, and 楚雄州教育体育局 grants it on review.
 */
@BrowserTest
class SchoolPlaceBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicationIsRefusedReviewedAndGranted() throws IOException {
		browser.login("junfenqu");
		browser.open("/schooling/new");
		browser.waitFor(By.id("childName")).sendKeys("罗子墨");
		browser.driver().findElement(By.id("idNumber")).sendKeys("532301201406110322");
		new Select(browser.driver().findElement(By.id("stage"))).selectByValue("PRIMARY");
		new Select(browser.driver().findElement(By.id("basis"))).selectByValue("SERVICE");
		new Select(browser.driver().findElement(By.id("soldierUnitId"))).selectByVisibleText("楚雄军分区");
		browser.driver().findElement(By.id("wishedSchool")).sendKeys("楚雄市鹿鸣小学");
		browser.driver().findElement(By.id("termYear")).sendKeys("2021");
		new Select(browser.driver().findElement(By.id("season"))).selectByValue("AUTUMN");
		browser.driver().executeScript("document.getElementById('regionCode').value = '532301'");
		browser.driver().findElement(By.id("application-form")).submit();
		assertThat(browser.waitFor(By.id("application-state")).getText()).isEqualTo("待决定");
		long id = jdbc.sql("select id from schooling.application where child_name = '罗子墨'").query(Long.class).single();

		browser.login("cxsjiaoyu");
		browser.open("/schooling/applications/" + id);
		browser.click(By.id("admit-no"));
		browser.driver().findElement(By.id("decision-reasons")).sendKeys("鹿鸣小学学位已满");
		browser.driver().findElement(By.id("decision-form")).submit();
		browser.waitForText(By.id("application-state"), "不予安排");

		browser.login("junfenqu");
		browser.open("/schooling/applications/" + id);
		browser.waitFor(By.id("review-request-reasons")).sendKeys("家庭住址在鹿鸣小学划片范围内");
		browser.driver().findElement(By.id("review-request-form")).submit();
		browser.waitForText(By.id("application-state"), "复核中");
		assertThat(browser.has(By.id("review-request-form"))).isFalse();

		browser.login("cxjiaoyu");
		browser.open("/schooling/applications/" + id);
		browser.click(By.id("review-yes"));
		browser.driver().findElement(By.id("review-school")).sendKeys("楚雄市鹿鸣小学");
		browser.driver().findElement(By.id("review-form")).submit();
		browser.waitForText(By.id("application-state"), "复核后安排");
		assertThat(browser.waitFor(By.id("school")).getText()).isEqualTo("楚雄市鹿鸣小学");
		browser.screenshot("schooling-granted-on-review");
	}
}
