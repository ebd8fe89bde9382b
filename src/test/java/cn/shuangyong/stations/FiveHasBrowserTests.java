package cn.shuangyong.stations;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import cn.shuangyong.Demo;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's second journey on a phone: 禄丰's village station (zhan), whose record lacks funds, records all five;
 * the village level's count of stations meeting the standard rises; 禄丰's office confirms it and the confirmed count
 * rises too. The coverage is read from the 五有 page's table by level: the dashboard's map is not part of this branch.
 */
@BrowserTest
class FiveHasBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FiveHasChecks checks;

	@Autowired
	Directory directory;

	@Test
	void aStationOnAPhoneUpdatesItsRecordTheCountyConfirmsItAndTheCoverageChanges() throws IOException {
		long station = jdbc.sql("select unit_id from accounts.account where username = 'zhan'").query(Long.class)
			.single();
		long office = directory.catalogueUnit(Demo.LUFENG_OFFICE).orElseThrow().id().value();
		checks.record(station, new FiveHas(true, true, true, false, true), "村级服务站经费尚未落实", "2020-06-15",
				new SystemActor("test", office, "532302",
						Set.of(Permission.WORK_READ, Permission.WORK_EDIT, Permission.PLANS_PUBLISH)));

		browser.login("lufeng");
		browser.open("/stations");
		List<Integer> before = villages();

		browser.login("zhan");
		browser.open("/stations");
		for (String criterion : List.of("organisation", "posts", "staff", "funds", "support")) {
			WebElement box = browser.waitFor(By.id(criterion));
			if (!box.isSelected()) {
				browser.click(By.id(criterion));
			}
		}
		browser.driver().findElement(By.id("evidence")).sendKeys("村委会拨付服务站经费 3000 元，已入账");
		browser.driver().executeScript("arguments[0].value = '2020-09-28'",
				browser.driver().findElement(By.id("checkedOn")));
		browser.driver().findElement(By.id("record-five-has")).submit();
		browser.waitFor(By.id("notice"));
		browser.screenshot("five-has-phone-recorded");

		browser.login("lufeng");
		browser.open("/stations?shortOnly=false");
		List<Integer> recorded = villages();
		assertThat(recorded.get(2)).as("villages meeting all five").isEqualTo(before.get(2) + 1);
		assertThat(recorded.get(3)).as("confirmed").isEqualTo(before.get(3));
		int version = jdbc.sql("select version from stations.five_has where unit_id = :u").param("u", station)
			.query(Integer.class).single();
		String village = directory.unit(new UnitId(station)).orElseThrow().regionCode().value();
		browser.open("/stations?shortOnly=false&region=" + village);
		browser.waitFor(By.id("five-has-" + station)).findElement(By.tagName("form")).submit();
		browser.waitFor(By.id("notice"));
		browser.open("/stations?shortOnly=false");
		assertThat(villages().get(3)).as("confirmed").isEqualTo(before.get(3) + 1);
		assertThat(jdbc.sql("select version from stations.five_has where unit_id = :u").param("u", station)
			.query(Integer.class).single()).isEqualTo(version + 1);
	}

	/** The village line of the coverage table: stations, recorded, complete, confirmed. */
	private List<Integer> villages() {
		WebElement row = browser.waitFor(By.id("coverage-VILLAGE"));
		List<WebElement> cells = row.findElements(By.tagName("td"));
		return cells.subList(1, 5).stream().map(c -> Integer.parseInt(c.getAttribute("textContent").trim())).toList();
	}
}
