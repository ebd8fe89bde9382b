package cn.shuangyong.modelcity;

import java.io.IOException;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The model-city pages on a phone 390 pixels wide: nothing wider than the screen. */
@BrowserTest
class ModelCityPhoneTests {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePagesFitA390PixelScreen() throws IOException {
		long dayao = jdbc.sql("select id from modelcity.campaign where region_code = '532326' and cycle_year = 2020")
			.query(Long.class).single();
		browser.login("chuxiong");
		for (String path : new String[] { "/model-city", "/model-city/campaigns/" + dayao, "/model-city/ranking",
				"/model-city/standards" }) {
			browser.open(path);
			browser.waitFor(By.id("content"));
			Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
			assertThat(width.intValue()).as(path).isLessThanOrEqualTo(390);
		}
		browser.open("/model-city/campaigns/" + dayao);
		browser.screenshot("modelcity-phone-campaign");
	}
}
