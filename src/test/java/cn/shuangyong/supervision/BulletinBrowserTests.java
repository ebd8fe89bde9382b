package cn.shuangyong.supervision;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import cn.shuangyong.documents.writing.RenderedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 楚雄 office issues a 情况通报 on its page; the .docx it downloads is rendered as a reader would see it (LibreOffice
 * → PDF → PNG) and must show the red agency mark, the number, the title and the figures as of the chosen date.
 */
@BrowserTest
class BulletinBrowserTests {

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficeIssuesABulletinWhoseDocumentShowsTheTitleAndTheFigures() throws Exception {
		PlanHistory plan = PlanHistory.reset(jdbc, "楚拥办通〔2020〕1号");
		List<Long> tasks = plan.bulletinScenario();
		browser.login("chuxiong");
		browser.open("/supervision/plans/" + plan.planId() + "/bulletins?date=2020-09-15");
		assertThat(browser.waitFor(By.id("figures-total")).getText()).contains("共 " + tasks.size() + " 项任务",
				"逾期未办结 1 项");
		assertThat(browser.waitFor(By.id("overdue-items")).getText()).contains("2020-09-10");
		browser.click(By.id("issue-bulletin"));
		String notice = browser.waitFor(By.id("issued-notice")).getText();
		assertThat(notice).containsPattern("楚拥办通〔2020〕\\d+号");
		String docNumber = notice.replaceAll(".*(楚拥办通〔2020〕\\d+号).*", "$1");
		WebElement issued = browser.waitFor(By.id("issued-bulletins"));
		assertThat(issued.getText()).contains(docNumber, "截至 2020-09-15");
		browser.screenshot("bulletin-issued");

		String href = issued.findElement(By.cssSelector(".sy-docx")).getAttribute("href");
		byte[] docx = download(href);
		assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed");
		RenderedDocument rendered = RenderedDocument.of(docx, Path.of("target", "screenshots", "bulletin-page-1.png"));

		// the page numbers (— 1 —) fall between the lines of text that runs on to the next page
		String pdfText = rendered.pdfText().replaceAll("—\\s*\\d+\\s*—", "").replaceAll("\\s+", "");
		assertThat(pdfText).contains("双拥工作领导小组办公室文件", docNumber, "关于2020年云南省双拥工作要点落实情况的通报",
				"截至2020年9月15日，共分解任务" + tasks.size() + "项", "按期办结1项", "逾期办结1项", "逾期未办结1项",
				"一、总体情况", "二、各牵头单位落实情况");
		// GB/T 9704: the mark's top edge is 35 mm under the type area's (72 mm of 297 from the page's top edge), the
		// red line about 50 mm further down, the title two lines under it.
		assertThat(rendered.redShare(0.20, 0.32)).as("the agency mark is red").isGreaterThan(0.01);
		assertThat(rendered.redShare(0.36, 0.44)).as("the line under the number is red").isGreaterThan(0.001);
		assertThat(rendered.redShare(0.45, 1.0)).as("title and body are black").isLessThan(0.0002);
		if (RenderedDocument.ocrInstalled()) {
			String seen = rendered.ocr();
			assertThat(seen).as("OCR of the first page").contains("落实情况的通报", "总体情况", "共分解任务" + tasks.size() + "项");
		}
	}

	private byte[] download(String href) throws Exception {
		String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		URI uri = URI.create(href);
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
		return response.body();
	}
}
