package cn.shuangyong.pensions;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.Browser;
import cn.shuangyong.BrowserTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 禄丰市's office opens September's roll, which the 2020-08-01 standard (published on 2020-09-10) has raised: each
 * line explains August's back pay, the difference between what August was due and what it paid; it regenerates the
 * roll and gets the same figures, approves it, and downloads the roll, the summary and the bank file.
 */
@BrowserTest
class PensionRollBrowserTests {

	private static final Pattern PAID_BACK = Pattern.compile("补发 2020-08 差额 ([\\d,.]+) 元（应发 ([\\d,.]+)，已发 ([\\d,.]+)）");

	@RegisterExtension
	static final Browser browser = Browser.desktop();

	@Test
	void theCountyReadsTheArrearsExplainedApprovesTheRollAndDownloadsItsFiles() throws Exception {
		browser.login("lufeng");
		browser.open("/pensions/rolls?region=532302&month=2020-09");
		assertThat(browser.waitFor(By.id("roll-status")).getText()).isEqualTo("已生成，待审批");
		assertThat(browser.has(By.id("roll-summary"))).as("no summary before approval").isFalse();
		assertThat(browser.has(By.id("roll-bank-file"))).as("no bank file before approval").isFalse();
		String total = browser.waitFor(By.id("total")).getText();
		int explained = 0;
		for (var row : browser.waitFor(By.id("lines")).findElements(By.cssSelector("tbody tr"))) {
			var cells = row.findElements(By.tagName("td"));
			BigDecimal regular = amount(cells.get(2).getText());
			BigDecimal arrears = amount(cells.get(3).getText());
			assertThat(amount(cells.get(5).getText())).as("total = regular + arrears - recovered")
				.isEqualByComparingTo(regular.add(arrears).subtract(amount(cells.get(4).getText())));
			if (arrears.signum() > 0) {
				Matcher m = PAID_BACK.matcher(cells.get(7).getText());
				assertThat(m.find()).as("the line explains its back pay: %s", cells.get(7).getText()).isTrue();
				BigDecimal due = amount(m.group(2));
				assertThat(amount(m.group(1))).isEqualByComparingTo(arrears)
					.isEqualByComparingTo(due.subtract(amount(m.group(3))));
				assertThat(due).as("August was due at the standard September pays").isEqualByComparingTo(regular);
				explained++;
			}
		}
		assertThat(explained).as("the new standard raised someone's August").isPositive();

		browser.click(By.id("generate"));
		assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("花名册已生成，请核对后审批。");
		assertThat(browser.waitFor(By.id("total")).getText()).as("the same month from the same data").isEqualTo(total);

		browser.click(By.id("approve"));
		assertThat(browser.waitFor(By.id("approve-roll")).getText()).contains("审批后本月花名册不能再改动");
		browser.click(By.id("approve-confirm"));
		assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("花名册已审批。");
		assertThat(browser.waitFor(By.id("roll-status")).getText()).isEqualTo("已审批");
		assertThat(browser.has(By.id("approve"))).as("an approved month does not change").isFalse();
		assertThat(browser.has(By.id("generate"))).isFalse();
		browser.screenshot("pensions-roll-approved");

		byte[] xlsx = download(browser.waitFor(By.id("roll-download")).getDomAttribute("href"));
		int lines = 0;
		int withArrears = 0;
		BigDecimal sum = BigDecimal.ZERO;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("状态：已审批");
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				BigDecimal regular = money(row, 3);
				BigDecimal arrears = money(row, 4);
				BigDecimal recovered = money(row, 5);
				BigDecimal lineTotal = money(row, 6);
				if (row.getCell(0).getCellType() == CellType.STRING && "合计".equals(row.getCell(0).getStringCellValue())) {
					assertThat(lineTotal).as("the total is the sum of the lines").isEqualByComparingTo(sum);
					assertThat(lineTotal).as("the page and the file agree")
						.isEqualByComparingTo(new BigDecimal(total.replace(",", "")));
					break;
				}
				lines++;
				assertThat(lineTotal).isEqualByComparingTo(regular.add(arrears).subtract(recovered));
				sum = sum.add(lineTotal);
				if (arrears.signum() > 0) {
					withArrears++;
					Matcher m = Pattern.compile("补发 2020-08 ([\\d.]+) 元").matcher(row.getCell(7).getStringCellValue());
					assertThat(m.find()).as("row %d explains its back pay", r).isTrue();
					assertThat(amount(m.group(1))).isEqualByComparingTo(arrears);
				}
			}
		}
		assertThat(lines).isPositive();
		assertThat(withArrears).isGreaterThanOrEqualTo(explained);

		byte[] csv = download(browser.waitFor(By.id("roll-bank-file")).getDomAttribute("href"));
		String bank = new String(csv, StandardCharsets.UTF_8);
		assertThat(bank.lines().count()).as("a header and one row a payee").isGreaterThan(1);
		byte[] docx = download(browser.waitFor(By.id("roll-summary")).getDomAttribute("href"));
		assertThat(new String(docx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
	}

	private static BigDecimal money(Row row, int column) {
		return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static BigDecimal amount(String text) {
		return new BigDecimal(text.replace(",", ""));
	}

	/** Fetches the link in the signed-in page, as a click on it would, and returns the bytes of a 200 answer. */
	private static byte[] download(String href) {
		Object result = browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.status === 200 ? r.arrayBuffer() : Promise.reject(r.status))
				  .then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); })
				  .catch(e => done('failed: ' + e));""", href);
		assertThat(result).asString().doesNotStartWith("failed");
		return Base64.getDecoder().decode((String) result);
	}
}
