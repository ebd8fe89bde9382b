package cn.shuangyong.cases;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A petition becomes a case at the 州信访局; it is assigned to the 州退役军人事务局 and extended once; the bureau answers;
 * the person is 不满意, so 楚雄州's office reviews and closes it.
 */
@BrowserTest
class CaseBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Test
	void aPetitionIsAssignedExtendedAnsweredFoundUnsatisfyingAndReviewed() {
		browser.login("cxxinfang");
		browser.open("/cases/new");
		new Select(browser.waitFor(By.id("source"))).selectByValue("PETITION");
		new Select(browser.driver().findElement(By.id("category"))).selectByValue("TREATMENT");
		browser.driver().findElement(By.id("summary")).sendKeys("反映伤残抚恤金调标后未补发差额。");
		browser.driver().findElement(By.id("personName")).sendKeys("和某");
		browser.click(By.cssSelector("#case-form button[type=submit]"));
		browser.waitForText(By.id("state"), "待受理");
		String page = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		new Select(browser.waitFor(By.id("handlingUnitId"))).getOptions().stream()
			.filter(o -> o.getText().contains("退役军人事务局")).findFirst().orElseThrow().click();
		browser.click(By.cssSelector("#accept-form button[type=submit]"));
		browser.waitForText(By.id("state"), "办理中");
		browser.driver().executeScript("document.getElementById('until').value = '2020-12-15'");
		browser.driver().findElement(By.cssSelector("#extend-form textarea")).sendKeys("需核对历年发放台账。");
		browser.click(By.cssSelector("#extend-form button[type=submit]"));
		browser.waitForText(By.id("timeline"), "需核对历年发放台账");
		assertThat(browser.has(By.id("extend-form"))).as("a case is extended once").isFalse();

		browser.login("cxtuiyi");
		browser.open(page);
		browser.waitFor(By.cssSelector("#resolve-form textarea")).sendKeys("已补发调标差额。");
		browser.click(By.cssSelector("#resolve-form button[type=submit]"));
		browser.waitForText(By.id("state"), "已办结待回访");

		browser.login("cxxinfang");
		browser.open(page);
		browser.click(By.cssSelector("#close-form input[value=UNSATISFIED]"));
		browser.driver().findElement(By.cssSelector("#close-form textarea")).sendKeys("本人认为补发月份不全。");
		browser.click(By.cssSelector("#close-form button[type=submit]"));
		browser.waitForText(By.id("state"), "不满意待复查");

		browser.login("chuxiong");
		browser.open(page);
		browser.waitFor(By.cssSelector("#review-form textarea")).sendKeys("经复查补发月份无误，维持原处理意见。");
		browser.click(By.cssSelector("#review-form button[type=submit]"));
		browser.waitForText(By.id("state"), "已结案");
		assertThat(browser.waitFor(By.id("timeline")).getText()).contains("受理并交办", "延期", "办结", "不满意，转上级复查",
				"上级复查结案");
	}
}
