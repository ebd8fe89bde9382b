package cn.shuangyong.portal;

import java.time.Duration;
import java.util.List;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's documentation page works under the platform's CSP, which allows no inline style or script. */
@BrowserTest
class ApiDocsBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Test
	void swaggerUiShowsTheApiWithoutBreakingTheContentSecurityPolicy() {
		browser.login("yunnan");
		browser.open("/swagger-ui.html");
		// the first request for /v3/api-docs builds the whole description, which takes a while on a busy machine
		new WebDriverWait(browser.driver(), Duration.ofMinutes(2))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock-tag")));
		browser.waitForText(By.cssSelector(".info .title"), "双拥工作平台接口");
		List<String> console = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage).toList();
		assertThat(console).noneMatch(message -> message.contains("Content Security Policy"));
	}
}
