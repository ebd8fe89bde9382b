package cn.shuangyong.beneficiaries.visits;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import cn.shuangyong.beneficiaries.HonoursPeople;
import cn.shuangyong.beneficiaries.visits.VisitCommands.OpenCampaign;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A station worker records a visit on a phone and sees the outstanding list shrink. */
@BrowserTest
class VisitBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.phone();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	VisitCampaigns campaigns;

	@Autowired
	FieldCipher cipher;

	@Autowired
	LookupHash hash;

	@Test
	void aStationWorkerRecordsAVisitOnAPhoneAndTheListShrinks() throws IOException {
		Unit station = directory.catalogueUnit("station:532302101001").orElseThrow();
		Unit office = directory.catalogueUnit("office:532302").orElseThrow();
		HonoursPeople people = new HonoursPeople(jdbc, cipher, hash);
		long first = people.person(people.household("532302101001", station.id().value()), "杨老兵", "DISCHARGED_SOLDIER_2019");
		people.person(people.household("532302101001", station.id().value()), "李军属", "SERVICE_MEMBER_FAMILY_2019");
		var lufeng = new SystemActor("lufeng", office.id().value(), "532302",
				Set.of(Permission.PERSONAL_DATA_READ, Permission.WORK_EDIT, Permission.PLANS_PUBLISH));
		long campaign = campaigns.open(new OpenCampaign("BAYI", 2014, null, List.of("VETERAN", "MILITARY_FAMILY"), null,
				null, null, "532302101001", BigDecimal.valueOf(500), "慰问信"), lufeng);
		campaigns.drawTargets(campaign, lufeng);
		long target = jdbc.sql("select id from beneficiaries.campaign_target where campaign_id = :c and person_id = :p")
			.param("c", campaign).param("p", first).query(Long.class).single();

		browser.login("zhan");
		browser.open("/beneficiaries/campaigns/" + campaign + "/outstanding");
		int before = Integer.parseInt(browser.waitFor(By.id("outstanding-count")).getText());
		assertThat(browser.waitFor(By.id("outstanding")).getText()).contains("杨老兵", "李军属");
		browser.click(By.cssSelector("#target-" + target + " summary"));
		browser.screenshot("visit-form-phone");
		// centred first: at the bottom of a phone screen the button can sit under the sticky header's shadow or the
		// next element while the details open
		browser.click(By.id("visit-" + target));
		assertThat(browser.waitFor(By.id("notice")).getText()).contains("已登记走访");
		assertThat(Integer.parseInt(browser.waitFor(By.id("outstanding-count")).getText())).isEqualTo(before - 1);
		assertThat(browser.has(By.id("target-" + target))).isFalse();
		assertThat(browser.waitFor(By.id("outstanding")).getText()).contains("李军属").doesNotContain("杨老兵");
		Object width = browser.driver().executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
		browser.screenshot("visit-recorded-phone");
	}
}
