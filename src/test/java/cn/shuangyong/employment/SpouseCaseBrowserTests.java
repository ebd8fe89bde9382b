package cn.shuangyong.employment;

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
 * Issue 19's first journey on the pages: 楚雄军分区's liaison registers a spouse, the 楚雄州 office matches her to a
 * post, 州人社局 records the offer, the interview and the hire, and the case closes with its supervision task.
 */
@BrowserTest
class SpouseCaseBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLiaisonRegistersTheOfficeMatchesAndTheDepartmentPlacesUntilTheCaseCloses() throws IOException {
		browser.login("junfenqu");
		browser.open("/employment/new");
		browser.waitFor(By.id("spouseName")).sendKeys("罗晓红");
		browser.driver().findElement(By.id("idNumber")).sendKeys("532301199208150526");
		browser.driver().findElement(By.id("phone")).sendKeys("13908781288");
		new Select(browser.driver().findElement(By.id("soldierUnitId"))).selectByVisibleText("楚雄军分区");
		new Select(browser.driver().findElement(By.id("education"))).selectByValue("BACHELOR");
		new Select(browser.driver().findElement(By.id("workKind"))).selectByValue("EDUCATION");
		browser.driver().findElement(By.id("skills")).sendKeys("小学教师资格证");
		browser.driver().executeScript("arguments[0].value = '2020-09-01'", browser.driver().findElement(By.id("arrivedOn")));
		browser.driver().executeScript("document.getElementById('regionCode').value = '532301'");
		browser.driver().findElement(By.id("need-form")).submit();
		browser.waitFor(By.id("case-task"));
		long id = jdbc.sql("select id from employment.need where spouse_name = '罗晓红'").query(Long.class).single();
		assertThat(browser.driver().getPageSource()).doesNotContain("532301199208150526").contains("532301********0526");
		browser.screenshot("employment-registered");

		browser.login("chuxiong");
		browser.open("/employment/cases/" + id);
		browser.waitFor(By.id("match-form")).submit();
		browser.waitForText(By.id("matches"), "已确认");

		browser.login("cxrenshe");
		browser.open("/employment/cases/" + id);
		String[][] steps = { { "OFFER", "推荐岗位" }, { "INTERVIEW", "面试" }, { "HIRED", "录用" } };
		for (String[] step : steps) {
			new Select(browser.waitFor(By.id("step"))).selectByValue(step[0]);
			browser.driver().findElement(By.id("step-form")).submit();
			browser.waitForText(By.id("timeline"), step[1]);
		}
		browser.waitForText(By.id("case-outcome"), "安置");
		browser.screenshot("employment-placed");
		browser.click(By.id("case-task"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("已办结");
	}
}
