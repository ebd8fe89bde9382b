package cn.shuangyong.portal;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese first; the link in the top bar switches to English and back. */
@BrowserTest
class LanguageBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Test
	void switchesTheLoginPageToEnglishAndBackToChinese() {
		browser.clearCookies();
		browser.open("/login");
		assertThat(heading()).isEqualTo("用户登录");
		browser.driver().findElement(By.linkText("English")).click();
		browser.waitForText(By.tagName("h1"), "Sign in");
		assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		browser.driver().findElement(By.linkText("中文")).click();
		browser.waitForText(By.tagName("h1"), "用户登录");
	}

	@Test
	void switchesTheOpenPageToEnglishFromTheTopBar() {
		browser.login("lufeng");
		browser.open("/directory/units");
		assertThat(heading()).isEqualTo("单位查询");
		browser.driver().findElement(By.linkText("English")).click();
		browser.waitForText(By.tagName("h1"), "Find a unit");
	}

	private static String heading() {
		return browser.waitFor(By.tagName("h1")).getText();
	}
}
