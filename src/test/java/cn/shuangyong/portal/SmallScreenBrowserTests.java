package cn.shuangyong.portal;

import java.io.IOException;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Township and village workers open the platform on their phones: pages fit the screen, the menu folds away. */
@BrowserTest
class SmallScreenBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Test
	void fitsTheLoginPageToAPhoneWithoutSidewaysScrolling() throws IOException {
		browser.clearCookies();
		browser.open("/login");
		browser.waitFor(By.id("login-submit"));
		assertFitsTheScreen();
		browser.screenshot("phone-login");
	}

	@Test
	void fitsAUnitPageWithItsStaffTableToAPhoneWithoutSidewaysScrolling() throws IOException {
		browser.login("lufeng");
		browser.click(By.linkText("查看本单位"));
		WebElement staff = browser.waitFor(By.id("staff-table"));
		assertFitsTheScreen();
		browser.driver().executeScript("arguments[0].scrollIntoView()", staff);
		browser.screenshot("phone-unit-staff");
	}

	@Test
	void keepsEachStaffNameAndRoleOnOneLineOnAPhone() {
		browser.login("lufeng");
		browser.click(By.linkText("查看本单位"));
		browser.waitFor(By.id("staff-table"));
		// Chinese text breaks between any two characters: a squeezed column shows a name one character a line
		assertThat(browser.driver().findElements(By.cssSelector("#staff-table td"))).isNotEmpty().allSatisfy(cell -> {
			double lineHeight = Double.parseDouble(cell.getCssValue("line-height").replace("px", ""));
			assertThat(cell.getSize().getHeight()).as(cell.getText()).isLessThan((int) (2 * lineHeight));
		});
	}

	@Test
	void opensTheFoldedSidebarWithTheMenuButton() throws IOException {
		browser.login("lufeng");
		WebElement units = browser.driver().findElement(By.cssSelector("#sidebar a[href$='/directory/units']"));
		assertThat(units.isDisplayed()).as("menu folded away at first").isFalse();
		browser.driver().findElement(By.cssSelector("button[data-bs-target='#sidebar']")).click();
		browser.waitFor(By.cssSelector("#sidebar.show a[href$='/directory/units']"));
		browser.screenshot("phone-menu-open");
		units.click();
		browser.waitFor(By.id("q"));
	}

	private static void assertFitsTheScreen() {
		long innerWidth = number("return window.innerWidth");
		assertThat(innerWidth).as("window width of a phone").isBetween(360L, 414L);
		assertThat(number("return document.documentElement.scrollWidth")).as("page width").isLessThanOrEqualTo(innerWidth);
	}

	private static long number(String script) {
		return ((Number) browser.driver().executeScript(script)).longValue();
	}
}
