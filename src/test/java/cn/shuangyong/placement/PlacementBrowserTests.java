package cn.shuangyong.placement;

import java.util.List;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day of the choice in the room: 楚雄州's operator calls the demo round's soldiers in rank order from rank 19,
 * each chooses a post before a witness, and the wall, open in a second window as on the room's big screen, shows
 * every choice by itself; a form sent for a soldier whose turn it is not is refused in Chinese and changes nothing.
 * The round is run to its end, so the wall says the choice has ended.
 */
@BrowserTest
class PlacementBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOperatorCallsInRankOrderAndTheWallShowsEachChoice() {
		long round = jdbc.sql("select id from placement.round where region_code = '5323' and year = 2020 and kind = 'SOLDIERS'")
			.query(Long.class).single();
		int soldiers = jdbc.sql("select count(*) from placement.soldier where round_id = ? and rank is not null")
			.param(round).query(Integer.class).single();
		browser.login("chuxiong");
		browser.open("/placement/rounds/" + round + "/operator");
		String operator = browser.driver().getWindowHandle();
		int next = DemoPlacementRound.CHOSEN + 1;
		browser.waitForText(By.id("called"), rank(next));

		browser.driver().switchTo().newWindow(WindowType.WINDOW);
		browser.open("/placement/rounds/" + round + "/wall");
		String wall = browser.driver().getWindowHandle();
		browser.waitForText(By.id("wall-called"), rank(next));
		browser.waitForText(By.id("wall-choices"), rank(DemoPlacementRound.CHOSEN));

		// out of turn: the form is sent for the last-ranked soldier while rank 19 is called
		browser.driver().switchTo().window(operator);
		long last = soldierOfRank(round, soldiers);
		browser.driver().executeScript("document.querySelector('#choose input[name=soldierId]').value = arguments[0]",
				String.valueOf(last));
		browser.click(By.cssSelector("#choose button[type=submit]"));
		browser.waitForText(By.id("problems"), "未轮到该士兵（排名第" + soldiers + "）");
		assertThat(browser.waitFor(By.id("problems")).getText()).contains("须按排名顺序选岗");
		assertThat(jdbc.sql("select count(*) from placement.soldier where round_id = ? and post_id is not null")
			.param(round).query(Integer.class).single()).isEqualTo(DemoPlacementRound.CHOSEN);
		browser.waitForText(By.id("called"), rank(next));

		for (int r = next; r <= soldiers; r++) {
			browser.driver().switchTo().window(operator);
			browser.waitForText(By.id("called"), rank(r));
			Select posts = new Select(browser.waitFor(By.id("postId")));
			WebElement open = posts.getOptions().stream().filter(WebElement::isEnabled).findFirst().orElseThrow();
			long post = Long.parseLong(open.getAttribute("value"));
			posts.selectByValue(String.valueOf(post));
			browser.driver().findElement(By.id("witness")).sendKeys("州纪委监委派驻纪检组 李某");
			browser.click(By.cssSelector("#choose button[type=submit]"));
			browser.waitForText(By.id("notice"), "选岗已记录");
			assertThat(browser.waitFor(By.id("actions")).getText()).contains(rank(r), "州纪委监委派驻纪检组 李某");

			String title = jdbc.sql("select title from placement.post where id = ?").param(post).query(String.class)
				.single();
			browser.driver().switchTo().window(wall);
			By row = By.xpath("//table[@id='wall-choices']//tr[td[1][normalize-space()='" + rank(r) + "']]");
			browser.waitForText(row, title);
			if (r < soldiers) {
				browser.waitForText(By.id("wall-called"), rank(r + 1));
			}
		}

		browser.waitForText(By.id("wall-called"), "本批次选岗已结束");
		List<WebElement> chosen = browser.driver().findElements(By.cssSelector("#wall-choices tbody tr"));
		assertThat(chosen).hasSize(soldiers);
		browser.driver().navigate().refresh();
		browser.waitForText(By.id("wall-called"), "本批次选岗已结束");
		browser.driver().switchTo().window(operator);
		browser.driver().navigate().refresh();
		assertThat(browser.waitFor(By.id("content")).getText()).contains("本批次选岗已结束");
		assertThat(browser.has(By.id("choose"))).isFalse();
	}

	private long soldierOfRank(long round, int rank) {
		return jdbc.sql("select id from placement.soldier where round_id = ? and rank = ?").params(round, rank)
			.query(Long.class).single();
	}

	private static String rank(int rank) {
		return "第 " + rank + " 名";
	}
}
