package cn.shuangyong.beneficiaries.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The downloads of an import: the row-by-row report and the template, both .xlsx of text cells. */
@PlatformTest
// these tests empty the registry, so they get a database of their own rather than the shared demo one
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.test.empties-registry=true")
class ImportReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	ImportApiCalls api;

	@BeforeEach
	void emptyRegistry() {
		api = new ImportApiCalls(mvc, jdbc, demo);
		api.emptyRegistry();
	}

	@Test
	void theReportListsEveryBadRowWithSheetRowColumnAndReasonAndMasksTheId() throws Exception {
		String wrong = ImportFiles.id(4).substring(0, 17) + (ImportFiles.id(4).endsWith("0") ? "1" : "0");
		String file = ImportFiles.csv(1, 3) + ImportFiles.row(4).replace(ImportFiles.id(4), wrong) + "\n"
				+ ImportFiles.row(5).replace("退伍军人", "不存在的类别") + "\n";
		JsonNode job = api.imported("people.csv", ImportFiles.bytes(file), "VALID_ROWS");
		long before = api.count("select count(*) from audit.audit_event where event_type = 'BENEFICIARY_IMPORT_REPORT'");
		try (XSSFWorkbook report = download(mvc, demo, job.get("id").asLong())) {
			assertThat(report.getSheet("汇总").getRow(4).getCell(1).getStringCellValue()).isEqualTo("3");
			var lines = report.getSheet("逐行结果");
			assertThat(text(lines.getRow(0))).isEqualTo(String.join("|", ImportReport.HEADINGS));
			assertThat(lines.getLastRowNum()).isEqualTo(2);
			assertThat(text(lines.getRow(1))).startsWith("CSV|5|公民身份号码|未导入|第 18 位校验码应为")
				.endsWith("|测试4|");
			assertThat(text(lines.getRow(2))).startsWith("CSV|6|优抚类别|未导入|优抚类别“不存在的类别”");
			lines.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING)));
		}
		assertThat(api.count("select count(*) from audit.audit_event where event_type = 'BENEFICIARY_IMPORT_REPORT'"))
			.isEqualTo(before + 1);
	}

	@Test
	void theReportIsDownloadableFromThePageToo() throws Exception {
		JsonNode job = api.imported("a.csv", ImportFiles.bytes(ImportFiles.csv(1, 2)), null);
		MvcResult result = mvc.perform(get("/beneficiaries/imports/" + job.get("id").asLong() + "/report.xlsx")
			.with(demo.as(ImportApiCalls.OFFICE))).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(report.getSheet("汇总").getRow(2).getCell(1).getStringCellValue()).isEqualTo("已完成");
		}
	}

	@Test
	void anotherRegionsReportIsNotFound() throws Exception {
		JsonNode job = api.imported("a.csv", ImportFiles.bytes(ImportFiles.csv(1, 2)), null);
		mvc.perform(get("/api/v1/beneficiaries/imports/" + job.get("id").asLong() + "/report.xlsx").with(demo.as("zhan")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTemplateHasTheStandardHeadingsAndImportsOnceFilledIn() throws Exception {
		MvcResult result = mvc.perform(get("/beneficiaries/imports/template.xlsx").with(demo.as(ImportApiCalls.OFFICE)))
			.andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''");
		byte[] filled;
		try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			var sheet = template.getSheetAt(0);
			String headings = text(sheet.getRow(0));
			for (Field field : Field.values()) {
				assertThat(headings).contains(field.heading());
			}
			int idColumn = -1;
			for (var cell : sheet.getRow(0)) {
				if (cell.getStringCellValue().contains("公民身份号码") && !cell.getStringCellValue().contains("户主")) {
					idColumn = cell.getColumnIndex();
				}
			}
			assertThat(sheet.getColumnStyle(idColumn).getDataFormatString()).as("身份证号列应为文本格式").isEqualTo("@");
			for (int r = sheet.getLastRowNum(); r > 0; r--) {
				sheet.removeRow(sheet.getRow(r));
			}
			var row = sheet.createRow(1);
			String[] values = ImportFiles.row(1).split(",");
			String[] order = { "姓名", "公民身份号码", "优抚类别", "行政区划代码", "联系电话", "现住址" };
			for (var cell : sheet.getRow(0)) {
				for (int i = 0; i < order.length; i++) {
					if (Headings.normalise(cell.getStringCellValue()).equals(order[i])) {
						row.createCell(cell.getColumnIndex()).setCellValue(values[i]);
					}
				}
			}
			var out = new java.io.ByteArrayOutputStream();
			template.write(out);
			filled = out.toByteArray();
		}
		JsonNode job = api.imported("模板.xlsx", filled, null);
		assertThat(job.get("status").asString()).as(api.problems(job).toString()).isEqualTo("DONE");
		assertThat(job.get("imported").asInt()).isEqualTo(1);
	}

	static XSSFWorkbook download(MockMvc mvc, Demo demo, long job) throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/beneficiaries/imports/" + job + "/report.xlsx")
			.with(demo.as(ImportApiCalls.OFFICE))).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith(ReportDownloadType.XLSX);
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	static String text(Row row) {
		StringBuilder out = new StringBuilder();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			out.append(c == 0 ? "" : "|").append(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
		}
		return out.toString();
	}

	/** The content type of .xlsx downloads. */
	static final class ReportDownloadType {

		static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

		private ReportDownloadType() {
		}
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
