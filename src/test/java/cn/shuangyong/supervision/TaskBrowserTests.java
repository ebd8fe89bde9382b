package cn.shuangyong.supervision;

import java.io.IOException;
import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 省委宣传部 liaison signs for item 1 of the demo plan, reports and submits it; the provincial office signs it
 * off; an overdue task shows red.
 */
@BrowserTest
class TaskBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLiaisonSignsForReportsAndSubmitsAndTheProvincialOfficeSignsOff() throws IOException {
		long task = taskOfItem("1");
		browser.login("xuanchuan");
		browser.open("/supervision/my");
		browser.click(By.id("task-" + task));
		browser.click(By.id("sign-for"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("已签收");
		browser.waitFor(By.id("report-text")).sendKeys("已组织“军民携手奋进、共铸百年梦想”主题宣传 12 场");
		browser.driver().findElement(By.id("send-report")).click();
		assertThat(browser.waitFor(By.id("reports")).getText()).contains("主题宣传 12 场");
		browser.click(By.id("submit-task"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("申请销号");
		assertThat(browser.has(By.id("sign-off"))).as("a liaison cannot sign off").isFalse();
		browser.screenshot("task-submitted");

		browser.clearCookies();
		browser.login("yunnan");
		browser.open("/supervision/tasks/" + task);
		browser.click(By.id("sign-off"));
		assertThat(browser.waitFor(By.id("task-state")).getText()).isEqualTo("已办结");
		assertThat(browser.waitFor(By.id("timeline")).getText()).contains("签收了任务", "报送了进展", "申请销号", "办结销号");
		browser.screenshot("task-signed-off");
	}

	@Test
	void anItemDueBeforeAugustFirstShowsRedAtTheDemoDate() {
		long task = taskOfItem("26");
		browser.login("tuiyi");
		browser.open("/supervision/tasks/" + task);
		assertThat(browser.waitFor(By.id("task-colour")).getText()).isEqualTo("逾期未办结");
		assertThat(browser.waitFor(By.id("task-deadline")).getText()).startsWith("2020-07-31");
	}

	private long taskOfItem(String no) {
		return DemoTasks.ofItem(jdbc, no);
	}
}
