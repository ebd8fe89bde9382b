package cn.shuangyong.beneficiaries.importing;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 item 12, the import part, on the pages as 禄丰市's office: a file of 1,000 people with 10 bad rows is
 * refused as a whole (全部无误才导入), the page shows the progress and then the 10 rows with their reasons, the
 * report downloads; the corrected file then imports all 1,000. Then a plaque is hung on one of the imported
 * households through the plaques pages and the coverage page shows the change.
 */
@BrowserTest
// these tests empty the registry, so they get a database of their own rather than the shared demo one
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.test.empties-registry=true")
class BeneficiaryImportBrowserTests {

	@RegisterExtension
	static Browser browser = Browser.desktop();

	static final List<Integer> BAD = List.of(3, 50, 101, 222, 333, 444, 555, 666, 777, 1000);

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyRegistry() {
		cn.shuangyong.beneficiaries.RegistryReset.emptyRegistry(jdbc);
	}

	@Test
	void aFileWithTenBadRowsIsRefusedReportedAndImportsOnceFixed() throws Exception {
		browser.login("lufeng");
		Path bad = folder.resolve("优抚对象名册.csv");
		StringBuilder text = new StringBuilder(ImportFiles.HEADER).append('\n');
		for (int n = 1; n <= 1_000; n++) {
			String row = ImportFiles.row(n);
			if (BAD.contains(n)) {
				String id = ImportFiles.id(n);
				row = row.replace(id, id.substring(0, 17) + (id.endsWith("0") ? "1" : "0"));
			}
			text.append(row).append('\n');
		}
		Files.writeString(bad, text);

		upload(bad);
		browser.waitForText(By.id("job-status"), "未导入");
		assertThat(browser.driver().findElement(By.id("job-message")).getText()).contains("有 10 行存在问题")
			.contains("未导入任何人员");
		List<WebElement> lines = browser.driver().findElements(By.cssSelector("#problem-table tbody tr"));
		assertThat(lines).extracting(line -> line.findElements(By.tagName("td")).get(1).getText())
			.containsExactlyElementsOf(BAD.stream().map(n -> Integer.toString(n + 1)).toList());
		assertThat(lines).allSatisfy(line -> assertThat(line.getText()).contains("公民身份号码").contains("第 18 位校验码应为"));
		browser.screenshot("import-10-bad-rows");
		assertThat(count()).isZero();

		String href = browser.driver().findElement(By.id("download-report")).getDomAttribute("href");
		try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(download(href)))) {
			var sheet = report.getSheet("逐行结果");
			assertThat(sheet.getLastRowNum()).isEqualTo(10);
			assertThat(IntStream.rangeClosed(1, 10).mapToObj(r -> sheet.getRow(r).getCell(1).getStringCellValue()))
				.containsExactlyElementsOf(BAD.stream().map(n -> Integer.toString(n + 1)).toList());
		}

		Path fixed = folder.resolve("优抚对象名册（已改正）.csv");
		Files.writeString(fixed, ImportFiles.csv(1, 1_000));
		upload(fixed);
		browser.waitForText(By.id("job-status"), "已完成");
		assertThat(browser.driver().findElement(By.id("job-message")).getText()).contains("导入 1000 人");
		browser.screenshot("import-1000-done");
		assertThat(count()).isEqualTo(1_000);

		hangAPlaqueOnAnImportedHouseholdAndSeeTheCoverageChange();
	}

	/**
	 * The rest of item 12: one of the imported veterans' households gets its plaque through the plaques pages (date,
	 * by whom, photo), and the coverage page of 禄丰市 shows one more household with a plaque out of the same number
	 * of eligible households, with the percentage to match.
	 */
	private void hangAPlaqueOnAnImportedHouseholdAndSeeTheCoverageChange() throws Exception {
		long[] before = coverageShown();
		assertThat(before[1]).as("every imported veteran's household is eligible").isGreaterThanOrEqualTo(1_000);
		browser.screenshot("coverage-before-plaque");

		browser.open("/beneficiaries/plaques");
		WebElement row = browser.waitFor(By.cssSelector("#without-plaque tbody tr"));
		String household = row.getDomAttribute("id").substring("household-".length());
		assertThat(jdbc.sql("select count(*) from beneficiaries.person where household_id = :h and import_id is not null")
			.param("h", Long.parseLong(household)).query(Long.class).single()).as("a household the import made").isOne();
		row.findElement(By.linkText("办理")).click();
		browser.waitFor(By.id("hang-form"));
		browser.driver().findElement(By.id("hungBy")).sendKeys("金山镇退役军人服务站 李明");
		browser.driver().findElement(By.id("photo")).sendKeys(photo().toAbsolutePath().toString());
		browser.screenshot("plaque-hang-form");
		browser.driver().findElement(By.id("hang")).click();
		browser.waitForText(By.id("plaque-state"), "已悬挂");
		browser.screenshot("plaque-hung");

		long[] after = coverageShown();
		assertThat(after[0]).as("with a plaque").isEqualTo(before[0] + 1);
		assertThat(after[1]).as("eligible").isEqualTo(before[1]);
		String percent = java.math.BigDecimal.valueOf(after[0] * 100.0 / after[1])
			.setScale(1, java.math.RoundingMode.HALF_UP).doubleValue() + "%";
		assertThat(browser.driver().findElement(By.cssSelector("#plaque-coverage .fs-3")).getText()).isEqualTo(percent);
		browser.screenshot("coverage-after-plaque");
	}

	/** With a plaque, eligible: as the coverage page of the signed-in county office shows them. */
	private long[] coverageShown() {
		browser.open("/beneficiaries/coverage");
		String text = browser.waitFor(By.id("plaque-coverage")).getText();
		var figures = java.util.regex.Pattern.compile("已挂牌 ([\\d,]+) 户 / 符合条件 ([\\d,]+) 户").matcher(text);
		assertThat(figures.find()).as(text).isTrue();
		return new long[] { Long.parseLong(figures.group(1).replace(",", "")),
				Long.parseLong(figures.group(2).replace(",", "")) };
	}

	/** A real PNG photo of the hung plaque, as a phone would send. */
	private Path photo() throws Exception {
		var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(java.awt.Color.RED);
		graphics.fillRect(8, 8, 48, 32);
		graphics.dispose();
		Path file = folder.resolve("光荣牌.png");
		javax.imageio.ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private void upload(Path file) {
		browser.open("/beneficiaries/imports");
		browser.waitFor(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		assertThat(browser.driver().findElement(By.id("mode-ALL_OR_NOTHING")).isSelected()).isTrue();
		browser.driver().findElement(By.id("upload")).click();
		browser.waitFor(By.id("job-progress"));
		// htmx replaces the status as the job runs: a status read just before its swap is stale, read it again
		new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> !driver.findElement(By.id("job-status")).getText().equals("进行中"));
	}

	/** The report as the signed-in browser would download it: the same session cookie. */
	private byte[] download(String href) throws Exception {
		String cookies = String.join("; ", browser.driver().manage().getCookies().stream()
			.map(c -> c.getName() + "=" + c.getValue()).toList());
		String base = browser.driver().getCurrentUrl().replaceFirst("(https?://[^/]+).*", "$1");
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + href))
			.header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		return response.body();
	}

	private long count() {
		return jdbc.sql("select count(*) from beneficiaries.person").query(Long.class).single();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
