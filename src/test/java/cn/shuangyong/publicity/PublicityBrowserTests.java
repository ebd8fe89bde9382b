package cn.shuangyong.publicity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's first journey on the pages: 楚雄州's office uploads a micro-video for item 4 of the provincial plan, the
 * province accepts it, and 楚雄州's 微视频 figure on item 4's counting page (the figures the item's task is judged by)
 * and on the quotas page rises by one. The dashboard shows no item-4 figure yet, so it is not checked here.
 */
@BrowserTest
class PublicityBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPrefecturesMicroVideoAcceptedByTheProvinceRaisesItsItem4FigureOnTheTask() throws IOException {
		long plan = jdbc.sql("select id from plans.work_plan where region_code = '53' and parent_plan_id is null")
			.query(Long.class).single();
		long item = jdbc.sql("select id from plans.work_item where plan_id = :p and item_no = '4'").param("p", plan)
			.query(Long.class).single();
		browser.login("yunnan");
		int before = microVideos(item);

		browser.login("chuxiong");
		browser.open("/publicity");
		new Select(browser.waitFor(By.id("kind"))).selectByValue("MICRO_VIDEO");
		browser.driver().findElement(By.id("title")).sendKeys("微视频《彝山兵支书》");
		browser.driver().findElement(By.id("medium")).sendKeys("楚雄州融媒体中心");
		browser.driver().executeScript("arguments[0].value = '2020-09-25'",
				browser.driver().findElement(By.id("publishedOn")));
		new Select(browser.driver().findElement(By.id("itemId"))).selectByValue(Long.toString(item));
		Path video = Files.createTempFile("sy-micro-video-", ".mp4");
		Files.write(video, new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0 });
		browser.driver().findElement(By.id("file")).sendKeys(video.toAbsolutePath().toString());
		browser.driver().findElement(By.id("submit-work")).submit();
		browser.waitFor(By.id("notice"));
		long id = jdbc.sql("select id from publicity.work where title = '微视频《彝山兵支书》'").query(Long.class).single();
		assertThat(microVideos(item)).isEqualTo(before);

		browser.login("yunnan");
		browser.open("/publicity/works/" + id);
		browser.waitFor(By.id("accept-work")).submit();
		browser.waitForText(By.id("work-state"), "已采用");
		browser.screenshot("publicity-accepted");
		assertThat(microVideos(item)).isEqualTo(before + 1);
		browser.open("/publicity/quotas?plan=" + plan);
		assertThat(browser.waitFor(By.id("quota-table")).getText()).contains("楚雄彝族自治州");
		Files.deleteIfExists(video);
	}

	/** 楚雄州's count of micro-videos on item 4's counting page, as the signed-in user reads it. */
	private int microVideos(long item) {
		browser.open("/supervision/items/" + item + "/targets");
		browser.waitFor(By.id("region-5323"));
		Object cell = browser.driver().executeScript("""
				const heads = [...document.querySelectorAll('#count-table thead tr:first-child th')];
				const column = heads.findIndex(h => h.textContent.includes('微视频'));
				return column < 1 ? null : document.getElementById('region-5323').children[column].textContent.trim();""");
		assertThat(cell).isNotNull();
		return Integer.parseInt(cell.toString());
	}
}
