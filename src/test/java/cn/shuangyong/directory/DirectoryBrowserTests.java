package cn.shuangyong.directory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county office worker (the demo account {@code lufeng} of 禄丰市双拥办) finds their way around the directory, and
 * sees the staff of units outside their data scope withheld.
 */
@BrowserTest
class DirectoryBrowserTests {

	private static final String KUNMING_OFFICE = "昆明市双拥工作领导小组办公室";

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Test
	void showsWhoIsSignedInAndTheirUnitInTheTopBar() throws IOException {
		browser.open("/login");
		browser.screenshot("desktop-login");
		browser.login("lufeng");
		assertThat(text("current-user")).isEqualTo("陈禄丰");
		assertThat(text("current-unit")).isEqualTo("禄丰市双拥工作领导小组办公室");
		browser.screenshot("desktop-home-lufeng");
	}

	@Test
	void opensTheRegionTreeDownToAVillageOfLufengAndItsServiceStation() throws IOException {
		browser.login("lufeng");
		browser.click(By.linkText("行政区划与单位"));
		browser.waitForText(By.id("region-name"), "云南省");
		expand("5323"); // 楚雄彝族自治州
		expand("532302"); // 禄丰市
		expand("532302102"); // 仁兴镇
		WebElement village = browser.waitFor(By.cssSelector("#node-532302102202 > a"));
		assertThat(village.getText()).isEqualTo("西村村民委员会");
		browser.screenshot("desktop-region-tree");
		village.click();
		browser.waitForText(By.id("region-name"), "西村村民委员会");
		assertThat(text("region-units")).contains("西村退役军人服务站");
		browser.screenshot("desktop-village");
	}

	@Test
	void findsTheProvincialVeteransDepartmentByItsAliasAsOneTypes() throws IOException {
		browser.login("lufeng");
		browser.open("/directory/units");
		browser.driver().findElement(By.id("q")).sendKeys("省退役军人厅");
		browser.waitFor(result("云南省退役军人事务厅"));
		browser.screenshot("desktop-unit-search");
		browser.driver().findElement(result("云南省退役军人事务厅")).click();
		browser.waitForText(By.id("unit-name"), "云南省退役军人事务厅");
		assertThat(text("unit-aliases")).contains("省退役军人厅");
		browser.screenshot("desktop-unit-with-alias");
	}

	@Test
	void showsTheStaffOfAUnitInsideTheDataScope() {
		browser.login("lufeng");
		openUnit("禄丰市双拥工作领导小组办公室");
		assertThat(browser.waitFor(By.id("staff-table")).getText()).contains("陈禄丰", "lufeng@shuangyong.example");
	}

	@Test
	void letsACountyOfficeReadAKunmingUnitButWithholdsItsStaffAndEditing() throws IOException {
		browser.login("lufeng");
		openUnit(KUNMING_OFFICE);
		browser.waitFor(By.id("staff-out-of-scope"));
		assertThat(browser.has(By.id("staff-table"))).isFalse();
		assertThat(browser.has(By.id("edit-unit"))).isFalse();
		browser.screenshot("desktop-kunming-out-of-scope");
	}

	@Test
	void answersACountyOfficeOpeningTheEditPageOfAKunmingUnitWithTheForbiddenPage() throws IOException {
		browser.login("lufeng");
		String unitPage = openUnit(KUNMING_OFFICE);
		browser.open(unitPage + "/edit");
		assertThat(text("error-heading")).isEqualTo("没有权限");
		assertThat(browser.has(By.id("unit-form"))).isFalse();
		browser.screenshot("desktop-forbidden");
	}

	@Test
	void letsTheProvincialOfficeEditAKunmingUnitAndSeeItsStaff() throws IOException {
		browser.login("yunnan");
		openUnit(KUNMING_OFFICE);
		assertThat(browser.waitFor(By.id("edit-unit")).getText()).isEqualTo("编辑单位");
		browser.waitFor(By.id("staff-section"));
		assertThat(browser.has(By.id("staff-out-of-scope"))).isFalse();
		browser.screenshot("desktop-kunming-yunnan");
	}

	/** Opens a node of the region tree with its ＋ button and waits for its sub-regions. */
	private static void expand(String code) {
		browser.click(By.cssSelector("#node-" + code + " > .sy-expand"));
		browser.waitFor(By.cssSelector("#sub-" + code + " li"));
	}

	/** Finds the unit by its full name on the search page and opens it; answers the path of its page. */
	private static String openUnit(String name) {
		browser.open("/directory/units?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
		browser.waitFor(result(name)).click();
		browser.waitForText(By.id("unit-name"), name);
		return URI.create(browser.driver().getCurrentUrl()).getPath();
	}

	private static By result(String unitName) {
		return By.xpath("//*[@id='results']//*[contains(@class, 'sy-result-name') and text()='" + unitName + "']");
	}

	private static String text(String id) {
		return browser.waitFor(By.id(id)).getText();
	}
}
