package cn.shuangyong.supervision;

import java.io.IOException;
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
 * The 省退役军人厅 liaison reports on item 5 with figures for the three targets the provincial office set and a PDF,
 * downloads it back, and a program renamed .pdf is refused with a Chinese message; the counting page shows the
 * figures. (Item 4's targets are counted from accepted publicity works and take no figures.)
 */
@BrowserTest
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.demo.history=false")
class ReportBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.shuangyong.supervision.targets.Targets targets;

	@Test
	void theLiaisonReportsFiguresWithAFileAndAFakeFileIsRefused() throws IOException {
		long task = DemoTasks.ofItem(jdbc, "5");
		targets.set(jdbc.sql("select item_id from supervision.task where id = :t").param("t", task).query(Long.class).single(),
				java.util.List.of(new cn.shuangyong.supervision.targets.Target.Draft("理论文章", "篇", 1, true),
						new cn.shuangyong.supervision.targets.Target.Draft("宣传片", "部", 1, true),
						new cn.shuangyong.supervision.targets.Target.Draft("专题节目", "期", 1, true)),
				new cn.shuangyong.shared.SystemActor("yunnan", jdbc.sql("select id from directory.unit where catalogue_key = 'yn-office'")
					.query(Long.class).single(), "53", java.util.Set.of(cn.shuangyong.shared.Permission.PLANS_PUBLISH,
							cn.shuangyong.shared.Permission.WORK_EDIT, cn.shuangyong.shared.Permission.WORK_READ)));
		Path dir = java.nio.file.Files.createTempDirectory("sy-upload-");
		Path pdf = java.nio.file.Files.write(dir.resolve("短片目录.pdf"), Files.pdf());
		Path fake = java.nio.file.Files.write(dir.resolve("伪装.pdf"), Files.exe());
		browser.login("tuiyi");
		browser.open("/supervision/tasks/" + task);
		press(By.id("sign-for"));
		browser.waitFor(By.id("report-text")).sendKeys("全省征集公益短片 3 部");
		java.util.List<WebElement> figures = browser.driver().findElements(By.cssSelector("input[name^='figure.']"));
		assertThat(figures).hasSize(3);
		figures.get(1).sendKeys("3");
		browser.driver().findElement(By.id("report-files")).sendKeys(pdf.toString());
		browser.screenshot("report-form-filled");
		press(By.id("send-report"));
		String reports = browser.waitFor(By.id("reports")).getText();
		assertThat(reports).contains("全省征集公益短片 3 部", "宣传片 3部", "短片目录.pdf");
		browser.screenshot("report-with-file");

		browser.waitFor(By.id("report-text")).sendKeys("另附视频");
		browser.driver().findElement(By.id("report-files")).sendKeys(fake.toString());
		press(By.id("send-report"));
		assertThat(browser.waitFor(By.id("problems")).getText()).contains("附件“伪装.pdf”的内容不是扩展名所示的 PDF 文件");
		assertThat(browser.waitFor(By.id("reports")).getText()).doesNotContain("另附视频");

		String href = browser.driver().findElement(By.linkText("短片目录.pdf")).getAttribute("href");
		assertThat(href).matches(".*/supervision/attachments/\\d+");
		browser.open("/supervision/items/" + jdbc.sql("select item_id from supervision.task where id = :t")
			.param("t", task).query(Long.class).single() + "/targets");
		assertThat(browser.waitFor(By.id("count-table")).getText()).contains("昆明市", "楚雄彝族自治州", "宣传片");
		browser.screenshot("target-count");
	}

	/** Clicks a button after scrolling it to the middle of the window at once (Bootstrap makes scrolling smooth). */
	private static void press(By button) {
		WebElement element = browser.waitFor(button);
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}
}
