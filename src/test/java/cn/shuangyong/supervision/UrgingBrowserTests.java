package cn.shuangyong.supervision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item 26 of the demo plan is overdue at the demo date: the province office sees it red, issues a 催办 from its page
 * and downloads it; the lead unit's liaison (省退役军人厅) finds it in the inbox.
 */
@BrowserTest
class UrgingBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOverdueTaskShowsRedAndTheOfficeIssuesACuiBanTheLiaisonReceives() throws IOException {
		long task = DemoTasks.ofItem(jdbc, "26");
		browser.login("yunnan");
		browser.open("/supervision/tasks/" + task);
		assertThat(browser.waitFor(By.id("task-colour")).getText()).isEqualTo("逾期未办结");
		browser.click(By.id("urge-task"));
		assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("已发出催办通知。");
		WebElement notices = browser.waitFor(By.id("notices"));
		assertThat(notices.getText()).contains("催办", "关于加快办理云拥办〔2020〕1号第26项工作任务的催办通知");
		String number = jdbc.sql("select doc_number from supervision.notice where task_id = :t and kind = 'CUI_BAN'")
			.param("t", task).query(String.class).single();
		assertThat(number).matches("云拥办督〔2020〕\\d+号");
		assertThat(notices.getText()).contains(number);
		assertThat(browser.waitFor(By.id("timeline")).getText()).contains("发出催办通知", number);
		browser.screenshot("urging-task-cui-ban");

		long notice = jdbc.sql("select id from supervision.notice where doc_number = :n").param("n", number)
			.query(Long.class).single();
		String href = browser.waitFor(By.id("notice-docx-" + notice)).getAttribute("href");
		byte[] docx = download(href);
		Path file = Path.of("target/screenshots/urging-cui-ban.docx");
		Files.createDirectories(file.getParent());
		Files.write(file, docx);
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains(number, "第26项", "云南省退役军人事务厅：", "已逾期61天");
		}

		browser.open("/urging/notices?kind=CUI_BAN");
		assertThat(browser.waitFor(By.id("notice-list")).getText()).contains(number).doesNotContain("提醒函");

		browser.login("tuiyi");
		assertThat(browser.waitFor(By.id("unread-count")).getText()).matches("\\d+");
		browser.driver().findElement(By.id("inbox-link")).click();
		WebElement inbox = browser.waitFor(By.id("inbox"));
		assertThat(inbox.getText()).contains("催办：" + number, "云南省退役军人事务厅：");
		browser.screenshot("urging-liaison-inbox");
	}

	/** Fetches the link in the signed-in page, as a click on it would, and returns the bytes. */
	private static byte[] download(String href) {
		Object result = browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.status === 200 && r.headers.get('content-type').includes('wordprocessingml')
				    ? r.arrayBuffer() : Promise.reject(r.status))
				  .then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); })
				  .catch(e => done('failed: ' + e));""", href);
		assertThat(result).asString().doesNotStartWith("failed");
		return Base64.getDecoder().decode((String) result);
	}
}
