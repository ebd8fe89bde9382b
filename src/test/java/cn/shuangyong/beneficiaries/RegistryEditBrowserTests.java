package cn.shuangyong.beneficiaries;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a person on a phone, 390 pixels wide, as 禄丰市's office: the form shows personal values masked, the phone
 * number is revealed with a reason, a bad number is named and saves nothing, the corrected form saves; then the person
 * joins another household and becomes its head. Nothing runs off the side of the screen.
 */
@BrowserTest
class RegistryEditBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	long overflow() {
		return (Long) browser.driver().executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	@Test
	void editAPersonAndTheirHouseholdOnAPhone() throws Exception {
		browser.login("lufeng");
		long a = register("韩一", "13911112222");
		long b = register("韩二", "13933334444");
		Matcher number = Pattern.compile("第 (\\d+) 户").matcher(browser.driver().findElement(By.tagName("dl")).getText());
		assertThat(number.find()).isTrue();
		String householdOfB = number.group(1);

		browser.open("/beneficiaries/" + a);
		browser.click(By.id("edit-link"));
		browser.waitFor(By.id("edit"));
		String source = browser.driver().getPageSource();
		assertThat(source).contains("139****2222").doesNotContain("13911112222");
		assertThat(overflow()).isLessThanOrEqualTo(0);
		browser.screenshot("phone-edit-person");

		WebElement reveal = browser.driver().findElement(By.id("reveal-PHONE"));
		reveal.findElement(By.name("reason")).sendKeys("电话核实本人信息");
		browser.click(By.cssSelector("#reveal-PHONE button"));
		browser.waitForText(By.id("reveal-target-PHONE"), "13911112222");
		show("reveal-target-PHONE");
		browser.screenshot("phone-edit-revealed");

		browser.driver().findElement(By.id("phone")).sendKeys("12345");
		browser.driver().findElement(By.id("name")).clear();
		browser.driver().findElement(By.id("name")).sendKeys("韩一一");
		browser.click(By.id("save"));
		browser.waitForText(By.id("problems"), "联系电话");
		assertThat(overflow()).isLessThanOrEqualTo(0);
		browser.screenshot("phone-edit-bad-phone");

		browser.driver().findElement(By.id("phone")).clear();
		browser.driver().findElement(By.id("phone")).sendKeys("13800002222");
		browser.click(By.id("save"));
		browser.waitForText(By.id("notice"), "已保存修改");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("韩一一");
		assertThat(browser.driver().findElement(By.id("field-PHONE")).getText()).contains("138****2222");

		browser.click(By.id("edit-link"));
		// the household is found by its head's name, never by typing its number
		browser.waitFor(By.id("householdQuery")).sendKeys("韩二");
		browser.click(By.cssSelector("#household-matches button[hx-get$='householdId=" + householdOfB + "']"));
		browser.waitFor(By.id("household-chosen"));
		browser.click(By.cssSelector("#join button[type=submit]"));
		browser.waitForText(By.id("notice"), "已加入新户");
		assertThat(browser.driver().findElement(By.id("members")).getText()).contains("韩一一").contains("韩二");
		browser.click(By.cssSelector("#make-head button"));
		browser.waitForText(By.id("notice"), "已设为户主");
		assertThat(browser.has(By.id("is-head"))).isTrue();
		assertThat(overflow()).isLessThanOrEqualTo(0);
		show("household");
		browser.screenshot("phone-edit-household");
		assertThat(b).isPositive();
	}

	/** Scrolls the element into view for the screenshot. */
	private void show(String id) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				browser.driver().findElement(By.id(id)));
	}

	/** Registers a 禄丰 veteran through the registration page; returns their id, leaving their page open. */
	private long register(String name, String phone) {
		browser.open("/beneficiaries/new");
		browser.waitFor(By.id("name")).sendKeys(name);
		browser.driver().findElement(By.id("idNumber")).sendKeys(People.idNumber());
		browser.click(By.id("cat-DISCHARGED_SOLDIER_2019"));
		// the village is found by typing its code into the region picker and taking the match
		browser.driver().findElement(By.id("regionCode-query")).sendKeys(People.LUFENG_VILLAGE);
		browser.click(By.cssSelector("#regionCode-matches button"));
		browser.waitForText(By.id("regionCode-chosen"), "董户村");
		browser.driver().findElement(By.id("phone")).sendKeys(phone);
		browser.click(By.cssSelector("#register button[type=submit]"));
		browser.waitFor(By.id("personal"));
		return Long.parseLong(browser.driver().getCurrentUrl().replaceFirst(".*/beneficiaries/(\\d+).*", "$1"));
	}
}
