package cn.shuangyong.duallist;

import java.io.IOException;
import java.time.Duration;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 楚雄军分区 liaison files a need; the 楚雄州 office accepts it and gives it to 州退役军人事务局; that unit signs for
 * the task, reports it done and submits it; the office signs it off; the liaison rates it.
 */
@BrowserTest
class DualListBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNeedGoesFromTheMilitaryLiaisonThroughTheOfficeAndTheResponsibleUnitBackToARating() throws IOException {
		long list = jdbc.sql("select id from duallist.dual_list where region_code = '5323'").query(Long.class).single();
		browser.login("junfenqu");
		browser.open("/dual-lists");
		browser.click(By.id("list-" + list));
		browser.waitFor(By.id("file-entry"));
		new Select(browser.driver().findElement(By.id("side"))).selectByValue("MILITARY");
		new Select(browser.driver().findElement(By.id("kind"))).selectByValue("NEED");
		browser.driver().findElement(By.id("title")).sendKeys("退役军人志愿服务队协助营区绿化");
		browser.driver().findElement(By.id("description")).sendKeys("请地方组织退役军人志愿服务队协助营区植树绿化。");
		browser.driver().findElement(By.id("file-entry")).submit();
		assertThat(browser.waitFor(By.id("notice")).getText()).contains("等待双拥办受理");
		long entry = jdbc.sql("select id from duallist.entry where title = '退役军人志愿服务队协助营区绿化'").query(Long.class).single();
		assertThat(browser.waitFor(By.id("entry-" + entry)).getText()).contains("待受理");
		browser.screenshot("duallist-filed");

		browser.login("chuxiong");
		browser.open("/dual-lists/entries/" + entry);
		new Select(browser.waitFor(By.id("responsibleUnitId"))).selectByVisibleText("楚雄彝族自治州退役军人事务局");
		browser.driver().executeScript("arguments[0].value = '2020-11-30'", browser.driver().findElement(By.id("deadline")));
		browser.driver().findElement(By.id("note")).sendKeys("请于植树季前落实");
		browser.driver().findElement(By.id("accept-form")).submit();
		assertThat(browser.waitFor(By.id("entry-state")).getText()).isEqualTo("办理中");
		String taskLink = browser.waitFor(By.id("task-link")).getAttribute("href");

		browser.login("cxtuiyi");
		browser.driver().get(taskLink);
		browser.click(By.id("sign-for"));
		browser.waitFor(By.id("report-text")).sendKeys("已组织志愿服务队30人完成营区植树200株");
		browser.driver().findElement(By.id("send-report")).click();
		browser.click(By.id("submit-task"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("申请销号");

		browser.login("chuxiong");
		browser.driver().get(taskLink);
		browser.click(By.id("sign-off"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("已办结");
		await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(
				jdbc.sql("select state from duallist.entry where id = ?").param(entry).query(String.class).single()));

		browser.login("junfenqu");
		browser.open("/dual-lists/entries/" + entry);
		browser.click(By.id("satisfaction-5"));
		browser.driver().findElement(By.id("feedback")).sendKeys("志愿服务及时，营区面貌一新");
		browser.driver().findElement(By.id("rating-form")).submit();
		assertThat(browser.waitFor(By.id("entry-state")).getText()).isEqualTo("已评价");
		assertThat(browser.waitFor(By.id("satisfaction")).getText()).contains("5", "营区面貌一新");
		browser.screenshot("duallist-rated");
	}
}
