package cn.shuangyong.beneficiaries;

import java.io.IOException;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 禄丰市双拥办's worker (demo account {@code lufeng}) lists the county's people, masked, opens one, reveals the ID
 * number with a reason, and sees the watermark of their name behind the page.
 */
@BrowserTest
class RegistryBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Test
	void listsRevealsWithReasonAndShowsTheWatermark() throws IOException {
		browser.login("lufeng");
		browser.click(By.linkText("优抚对象"));
		WebElement table = browser.waitFor(By.id("people"));
		assertThat(browser.driver().findElement(By.id("demo-banner")).getText()).contains("演示数据");
		String firstMasked = table.findElement(By.cssSelector("tbody tr .id-masked")).getText();
		assertThat(firstMasked).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
		String background = browser.driver().findElement(By.id("content")).getCssValue("background-image");
		assertThat(background).contains("/beneficiaries/watermark.svg");
		browser.screenshot("desktop-beneficiaries-list");

		table.findElement(By.cssSelector("tbody tr a")).click();
		WebElement idField = browser.waitFor(By.id("field-ID_NUMBER"));
		assertThat(idField.findElement(By.cssSelector(".masked")).getText()).isEqualTo(firstMasked);
		idField.findElement(By.cssSelector(".reveal-reason")).sendKeys("核对抚恤金发放对象身份");
		idField.findElement(By.cssSelector(".reveal-button")).click();
		WebElement revealed = browser.waitFor(By.cssSelector("#reveal-target-ID_NUMBER .sy-revealed strong"));
		assertThat(revealed.getText()).matches("\\d{17}[\\dX]").startsWith(firstMasked.substring(0, 6))
			.endsWith(firstMasked.substring(14));
		browser.screenshot("desktop-beneficiary-revealed");

		browser.open("/beneficiaries/watermark.svg");
		assertThat(browser.driver().getPageSource()).contains("lufeng");
	}

	@Test
	void dashboardShowsThePrefecturesAndDrillsDownToCounties() throws IOException {
		browser.login("yunnan");
		browser.open("/beneficiaries/dashboard");
		browser.waitForText(By.id("dash-totals"), "户数");
		browser.waitFor(By.cssSelector("#dash-map canvas"));
		assertThat(browser.driver().findElement(By.id("dash-table")).getText()).contains("楚雄彝族自治州");
		browser.screenshot("desktop-beneficiaries-dashboard");
		WebElement drill = browser.driver().findElement(By.cssSelector("#dash-table button.drill[data-code='5323']"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", drill);
		drill.click();
		browser.waitForText(By.id("dash-region"), "楚雄彝族自治州");
		browser.waitForText(By.id("dash-table"), "禄丰市");
		assertThat(browser.driver().findElement(By.id("dash-back")).isDisplayed()).isTrue();
		browser.screenshot("desktop-beneficiaries-dashboard-chuxiong");
		WebElement lufeng = browser.driver().findElement(By.linkText("禄丰市"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", lufeng);
		lufeng.click();
		browser.waitFor(By.id("people"));
		assertThat(browser.driver().findElement(By.id("total")).getText()).doesNotContain("共 0 人");
	}
}
