package cn.shuangyong.beneficiaries;

import java.io.IOException;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's pages on a phone, 390 pixels wide: nothing runs off the side of the screen. */
@BrowserTest
class RegistryPhoneBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	long overflow() {
		return (Long) browser.driver().executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	@Test
	void listPersonAndDashboardFitAPhone() throws IOException {
		browser.login("lufeng");
		browser.open("/beneficiaries");
		browser.waitFor(By.id("people"));
		assertThat(overflow()).isLessThanOrEqualTo(0);
		browser.screenshot("phone-beneficiaries-list");
		browser.open(browser.driver().findElement(By.cssSelector("#people tbody tr a")).getAttribute("href")
			.replaceFirst("^https?://[^/]+", ""));
		browser.waitFor(By.id("personal"));
		assertThat(overflow()).isLessThanOrEqualTo(0);
		browser.screenshot("phone-beneficiary");
		browser.open("/beneficiaries/dashboard");
		browser.waitForText(By.id("dash-totals"), "户数");
		assertThat(overflow()).isLessThanOrEqualTo(0);
		browser.screenshot("phone-beneficiaries-dashboard");
	}
}
