package cn.shuangyong.modelcity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 禄丰市 self-assesses with evidence, 楚雄州 reviews it, visits and runs the 公示; an objection comes in and is
 * answered, the 公示 closes with a recommendation, and the province names 禄丰市.
 */
@BrowserTest
class CampaignBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCountySelfAssessesThePrefectureReviewsAnObjectionIsAnsweredAndTheCountyIsNamed() throws IOException {
		long id = jdbc.sql("select id from modelcity.campaign where region_code = '532302' and cycle_year = 2020")
			.query(Long.class).single();

		browser.login("lufeng");
		browser.open("/model-city");
		browser.click(By.id("campaign-" + id));
		assertThat(browser.waitFor(By.id("campaign-stage")).getText()).isEqualTo("自评");
		Path pdf = Files.createTempFile("meeting", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", StandardCharsets.US_ASCII);
		WebElement file = browser.driver().findElement(By.cssSelector("input[type=file]"));
		file.sendKeys(pdf.toString());
		click(browser.driver().findElement(By.cssSelector("button[id^='attach-']")));
		assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("证明材料已上传");
		for (WebElement score : browser.driver().findElements(By.cssSelector("input[id^='score-']"))) {
			score.clear();
			score.sendKeys(score.getAttribute("placeholder").replace("0 至 ", ""));
		}
		for (WebElement text : browser.driver().findElements(By.cssSelector("textarea[id^='text-']"))) {
			text.clear();
			text.sendKeys("相关文件和台账已归档，可供查阅");
		}
		click(browser.driver().findElement(By.id("submit-self")));
		assertThat(browser.waitFor(By.id("campaign-stage")).getText()).isEqualTo("审核");
		assertThat(browser.has(By.id("save-review"))).as("the county does not review itself").isFalse();
		browser.screenshot("modelcity-self-assessed");

		browser.login("chuxiong");
		browser.open("/model-city/campaigns/" + id);
		for (WebElement score : browser.driver().findElements(By.cssSelector("input[id^='score-']"))) {
			String max = score.getAttribute("placeholder").replace("0 至 ", "");
			score.sendKeys(max.equals("1") ? "0.5" : max);
		}
		browser.driver().findElements(By.cssSelector("textarea[id^='text-']")).forEach(t -> t.sendKeys("材料齐全"));
		click(browser.driver().findElement(By.id("save-review")));
		assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("已保存");
		date("visit-date", "2020-09-25");
		browser.driver().findElement(By.id("visit-place")).sendKeys("禄丰市金山镇");
		browser.driver().findElement(By.id("visit-members")).sendKeys("州双拥办 2 人、楚雄军分区 1 人");
		browser.driver().findElement(By.id("visit-findings")).sendKeys("查看了双拥工作台账和军民共建项目");
		click(browser.driver().findElement(By.id("add-visit")));
		assertThat(browser.waitFor(By.id("site-visits")).getText()).contains("禄丰市金山镇");
		date("notice-start", "2020-09-21");
		date("notice-end", "2020-09-29");
		click(browser.driver().findElement(By.id("open-notice")));
		assertThat(browser.waitFor(By.id("campaign-stage")).getText()).isEqualTo("公示");

		date("objection-date", "2020-09-24");
		browser.driver().findElement(By.id("objection-channel")).sendKeys("来电");
		browser.driver().findElement(By.id("objection-objector")).sendKeys("王某");
		browser.driver().findElement(By.id("objection-content")).sendKeys("反映某村春节走访慰问遗漏一户优抚对象");
		click(browser.driver().findElement(By.id("record-objection")));
		assertThat(browser.waitFor(By.id("notice-section")).getText()).contains("未答复", "遗漏一户优抚对象");
		click(browser.driver().findElement(By.id("close-notice")));
		assertThat(browser.waitFor(By.id("problems")).getText()).contains("还有 1 条异议未答复");
		browser.driver().findElement(By.cssSelector("textarea[id^='handling-']")).sendKeys("经核查，该户已于春节前走访，名单漏登");
		browser.driver().findElement(By.cssSelector("textarea[id^='answer-']")).sendKeys("已电话答复来电人并补登名单");
		click(browser.driver().findElement(By.cssSelector("button[id^='send-answer-']")));
		assertThat(browser.waitFor(By.id("notice-section")).getText()).contains("已答复", "补登名单");
		browser.screenshot("modelcity-objection-answered");
		click(browser.driver().findElement(By.id("close-notice")));
		assertThat(browser.waitFor(By.id("campaign-stage")).getText()).isEqualTo("推荐");

		browser.login("yunnan");
		browser.open("/model-city/campaigns/" + id);
		browser.waitFor(By.id("naming-doc")).sendKeys("云双拥〔2020〕5号");
		date("naming-date", "2020-09-30");
		click(browser.driver().findElement(By.id("name-campaign")));
		assertThat(browser.waitFor(By.id("campaign-stage")).getText()).isEqualTo("命名");
		assertThat(browser.waitFor(By.id("naming")).getText()).contains("云双拥〔2020〕5号");
		assertThat(browser.waitFor(By.id("timeline")).getText()).contains("提交了自评", "开始公示", "登记了异议", "答复了异议",
				"结束公示并推荐", "命名");
		browser.screenshot("modelcity-named");
	}

	/** Date inputs take their value in ISO form whatever the browser's locale shows. */
	private static void date(String id, String value) {
		browser.driver().executeScript("arguments[0].value = arguments[1];", browser.waitFor(By.id(id)), value);
	}

	/**
	 * Submits a form by its button and waits for the page that answers. The sticky save bar may cover a button at the
	 * bottom edge, so the button is brought to the middle first, as a person would scroll.
	 */
	private static void click(WebElement button) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
		browser.waitUntilGone(button);
	}
}
