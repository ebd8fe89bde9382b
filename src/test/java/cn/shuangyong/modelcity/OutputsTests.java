package cn.shuangyong.modelcity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the module writes and keeps: the score sheet (.xlsx), the recommendation report (.docx) read back with POI,
 * and evidence files checked by their content and stored under generated names.
 */
@PlatformTest
class OutputsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Value("${shuangyong.embedded-db.data-dir}/files/modelcity")
	String evidenceDir;

	@Test
	void theScoreSheetListsEveryIndicatorWithPointsSelfAndReviewScoresAndComments() throws Exception {
		long nanhua = campaignOf("532324");
		MvcResult result = mvc.perform(get("/model-city/campaigns/{id}/score-sheet.xlsx", nanhua).with(demo.as("chuxiong")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn();
		keep("score-sheet.xlsx", result.getResponse().getContentAsByteArray());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("南华县（2020）");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2020年度双拥模范城（县）考评评分表：南华县");
			assertThat(cells(sheet.getRow(2))).containsExactly(ScoreSheet.HEADERS);
			Row first = sheet.getRow(3);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1 组织领导坚强有力");
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("1.1");
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2.0);
			var stored = jdbc.sql("""
					select s.self_score, s.review_score, s.review_comment from modelcity.indicator_score s
					join modelcity.standard_node n on n.id = s.node_id join modelcity.standard_node a on a.id = n.parent_id
					where s.campaign_id = :c order by a.position, n.position limit 1""").param("c", nanhua)
				.query((rs, i) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3))).single();
			assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(((java.math.BigDecimal) stored.get(0)).doubleValue());
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(((java.math.BigDecimal) stored.get(1)).doubleValue());
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo(stored.get(2));
			int indicators = jdbc.sql("select count(*) from modelcity.standard_node n join modelcity.campaign c on c.standard_id = n.standard_id where c.id = :c and n.kind = 'INDICATOR'")
				.param("c", nanhua).query(Integer.class).single();
			Row total = sheet.getRow(3 + indicators);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			double reviewTotal = jdbc.sql("select sum(review_score) from modelcity.indicator_score where campaign_id = :c")
				.param("c", nanhua).query(java.math.BigDecimal.class).single().doubleValue();
			assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(reviewTotal);
		}
		mvc.perform(get("/model-city/campaigns/{id}/score-sheet.xlsx", nanhua).with(demo.as("lufeng")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRecommendationReportIsLaidOutAfterGbt9704AndListsTheRecommendedCandidates() throws Exception {
		mvc.perform(post("/model-city/ranking/report.docx").with(demo.as("chuxiong")).with(csrf()).param("year", "2020")
			.param("docNumber", "楚双拥(2020)08号")).andExpect(redirectedUrl("/model-city/ranking?year=2020"))
			.andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("六角括号"))));
		MvcResult result = mvc.perform(post("/model-city/ranking/report.docx").with(demo.as("chuxiong")).with(csrf())
			.param("year", "2020").param("docNumber", "楚双拥〔2020〕8号").param("date", "2020-09-30"))
			.andExpect(status().isOk()).andReturn();
		keep("recommendation-report.docx", result.getResponse().getContentAsByteArray());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
			XWPFRun mark = paragraphs.get(0).getRuns().get(0);
			assertThat(paragraphs.get(0).getText()).isEqualTo("楚雄彝族自治州双拥工作领导小组办公室文件");
			assertThat(mark.getColor()).isEqualTo("FF0000");
			assertThat(paragraphs.get(1).getText()).isEqualTo("楚双拥〔2020〕8号");
			assertThat(paragraphs.get(2).getText()).isEqualTo("关于推荐2020年度双拥模范城（县）的报告");
			assertThat(paragraphs.get(2).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
			assertThat(paragraphs.get(3).getText()).isEqualTo("云南省双拥工作领导小组办公室：");
			String body = paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			String nanhuaScore = jdbc.sql("select sum(review_score) from modelcity.indicator_score where campaign_id = :c")
				.param("c", campaignOf("532324")).query(java.math.BigDecimal.class).single().stripTrailingZeros().toPlainString();
			assertThat(body).contains("南华县：审核得分 " + nanhuaScore + " 分").doesNotContain("大姚县", "禄丰市");
			assertThat(paragraphs.get(paragraphs.size() - 1).getText()).isEqualTo("2020年9月30日");
			assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getTop().toString()).isEqualTo("2098");
		}
	}

	@Test
	void evidenceIsCheckedByContentAndStoredUnderAGeneratedName() throws Exception {
		long lufeng = campaignOf("532302");
		long indicator = jdbc.sql("""
				select n.id from modelcity.standard_node n join modelcity.campaign c on c.standard_id = n.standard_id
				where c.id = :c and n.kind = 'INDICATOR' order by n.id limit 1""").param("c", lufeng).query(Long.class).single();
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/model-city/campaigns/{id}/evidence", lufeng)
			.file(new MockMultipartFile("file", "../../etc/会议纪要\u202Efdp.exe", "application/pdf", pdf))
			.param("indicatorId", Long.toString(indicator)).with(demo.as("lufeng")).with(csrf()))
			.andExpect(redirectedUrl("/model-city/campaigns/" + lufeng)).andExpect(flash().attribute("notice", "modelcity.attached"));
		var stored = jdbc.sql("select display_name, stored_name, file_type, id from modelcity.evidence_file where campaign_id = :c order by id desc limit 1")
			.param("c", lufeng).query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).single();
		assertThat(stored.get(0)).isEqualTo("会议纪要fdp.exe.pdf");
		assertThat((String) stored.get(1)).matches("[0-9a-f-]{36}");
		assertThat(stored.get(2)).isEqualTo("PDF");
		assertThat(Files.readAllBytes(Path.of(evidenceDir, ((String) stored.get(1)).substring(0, 2), (String) stored.get(1)))).isEqualTo(pdf);
		mvc.perform(get("/model-city/campaigns/{id}/files/{f}", lufeng, stored.get(3)).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));

		long before = jdbc.sql("select count(*) from modelcity.evidence_file").query(Long.class).single();
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		mvc.perform(multipart("/model-city/campaigns/{id}/evidence", lufeng)
			.file(new MockMultipartFile("file", "材料.pdf", "application/pdf", exe))
			.param("indicatorId", Long.toString(indicator)).with(demo.as("lufeng")).with(csrf()))
			.andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("不是可接受的格式"))));
		byte[] zip = { 'P', 'K', 3, 4, 0, 0 };
		mvc.perform(multipart("/model-city/campaigns/{id}/evidence", lufeng)
			.file(new MockMultipartFile("file", "表.xlsx", "application/octet-stream", zip))
			.param("indicatorId", Long.toString(indicator)).with(demo.as("lufeng")).with(csrf()))
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(multipart("/model-city/campaigns/{id}/evidence", lufeng)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
			.param("indicatorId", Long.toString(indicator)).with(demo.as("chuxiong")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from modelcity.evidence_file").query(Long.class).single()).isEqualTo(before);
	}

	/** Leaves the generated file in target/modelcity for a person to open and look at. */
	private static void keep(String name, byte[] content) throws java.io.IOException {
		Path folder = Files.createDirectories(Path.of("target", "modelcity"));
		Files.write(folder.resolve(name), content);
	}

	private static List<String> cells(Row row) {
		List<String> values = new java.util.ArrayList<>();
		row.forEach(c -> values.add(c.getStringCellValue()));
		return values;
	}

	private long campaignOf(String region) {
		return jdbc.sql("select id from modelcity.campaign where region_code = :r and cycle_year = 2020").param("r", region)
			.query(Long.class).single();
	}
}
