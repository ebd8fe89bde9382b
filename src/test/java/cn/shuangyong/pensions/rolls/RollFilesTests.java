package cn.shuangyong.pensions.rolls;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An approved roll goes to the bank as a payment file and to the finance office as a signed summary: the bank file
 * only to the paying county's office, the summary to anyone who may read the roll, neither before approval.
 */
@PlatformTest
class RollFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void theBankFileOfAnApprovedRollPaysEveryHolderWithAnAccountAndItsControlLineAddsUp() throws Exception {
		byte[] file = call("lufeng", get("/pensions/rolls/532302/2020-08/bank-file.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
		List<String> rows = Arrays.asList(text.split("\r\n"));
		assertThat(rows.get(0)).isEqualTo("序号,户名,银行账号,金额（元）,发放月份,摘要");
		List<String[]> payments = rows.subList(1, rows.size() - 1).stream().map(r -> r.split(",")).toList();
		String[] control = rows.get(rows.size() - 1).split(",", -1);
		assertThat(control[0]).isEqualTo("合计");
		assertThat(control[1]).isEqualTo("共 " + payments.size() + " 笔");
		BigDecimal sum = payments.stream().map(p -> new BigDecimal(p[3])).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(new BigDecimal(control[3])).isEqualByComparingTo(sum);
		// every line that pays is in the file, unless its holder has no bank account on record
		List<Long> withoutAccount = jdbc.sql("""
				select l.person_id from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				join beneficiaries.person p on p.id = l.person_id
				where r.county_code = '532302' and r.month = '2020-08-01' and l.regular + l.arrears - l.recovered > 0
				  and p.bank_masked is null""").query(Long.class).list();
		BigDecimal all = jdbc.sql("""
				select sum(l.regular + l.arrears - l.recovered) from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = '532302' and r.month = '2020-08-01'""").query(BigDecimal.class).single();
		long paying = jdbc.sql("""
				select count(*) from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = '532302' and r.month = '2020-08-01' and l.regular + l.arrears - l.recovered > 0""")
			.query(Long.class).single();
		assertThat(payments).isNotEmpty();
		assertThat(payments.size() + withoutAccount.size()).isEqualTo(paying);
		assertThat(sum).isLessThanOrEqualTo(all);
		// the accounts are in plaintext, and each matches the registry's masked account of its holder
		List<String> masked = jdbc.sql("""
				select p.bank_masked from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				join beneficiaries.person p on p.id = l.person_id
				where r.county_code = '532302' and r.month = '2020-08-01' and p.bank_masked is not null""")
			.query(String.class).list();
		for (String[] p : payments) {
			assertThat(p[2]).matches("\\d{12,19}");
			assertThat(masked).anyMatch(m -> m.endsWith(p[2].substring(p[2].length() - 4)));
			assertThat(p[4]).isEqualTo("2020-08");
		}
		assertThat(events("PENSION_BANK_FILE_EXPORTED")).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_event where event_type = 'PERSONAL_DATA_EXPORTED'
				  and detail like '%抚恤金银行代发文件%'""").query(Long.class).single()).isPositive();
	}

	@Test
	void onlyThePayingCountysOfficeTakesTheBankFileAndOnlyOfAnApprovedRoll() throws Exception {
		long denied = events("PENSION_BANK_FILE_DENIED");
		call("chuxiong", get("/pensions/rolls/532302/2020-08/bank-file.csv")).andExpect(status().isForbidden());
		call("lingdao", get("/pensions/rolls/532302/2020-08/bank-file.csv")).andExpect(status().isForbidden());
		assertThat(events("PENSION_BANK_FILE_DENIED")).isEqualTo(denied + 2);
		call("lufeng", get("/pensions/rolls/532301/2020-08/bank-file.csv")).andExpect(status().isNotFound());
		call("xuanchuan", get("/pensions/rolls/532302/2020-08/bank-file.csv")).andExpect(status().isForbidden());
		long exported = events("PENSION_BANK_FILE_EXPORTED");
		String refused = call("lufeng", get("/pensions/rolls/532302/2020-09/bank-file.csv"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("尚未审批");
		assertThat(events("PENSION_BANK_FILE_EXPORTED")).isEqualTo(exported);
		call("lufeng", get("/pensions/rolls/532302/2019-08/bank-file.csv")).andExpect(status().isNotFound());
	}

	@Test
	void theSummaryOfAnApprovedRollAddsUpByKindAndNamesNoPerson() throws Exception {
		byte[] docx = call("chuxiong", get("/pensions/rolls/532302/2020-08/summary.docx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			text = extractor.getText();
		}
		BigDecimal total = jdbc.sql("""
				select sum(l.regular + l.arrears - l.recovered) from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = '532302' and r.month = '2020-08-01'""").query(BigDecimal.class).single();
		assertThat(text).contains("禄丰市2020年8月抚恤补助金发放汇总表").contains("残疾抚恤金").contains("合计")
			.contains(RollSummary.money(total)).contains(Capitals.of(total)).contains("制表人").contains("审核人");
		List<String> ids = jdbc.sql("""
				select l.person from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = '532302' and r.month = '2020-08-01'""").query(String.class).list();
		assertThat(ids).noneMatch(text::contains);
		assertThat(events("PENSION_ROLL_SUMMARY_EXPORTED")).isPositive();
		call("lufeng", get("/pensions/rolls/532302/2020-09/summary.docx")).andExpect(status().isConflict());
		call("lufeng", get("/pensions/rolls/532301/2020-08/summary.docx")).andExpect(status().isNotFound());
		call("xuanchuan", get("/pensions/rolls/532302/2020-08/summary.docx")).andExpect(status().isForbidden());
		String page = call("lufeng", get("/pensions/rolls?region=532302&month=2020-08")).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"roll-summary\"").contains("id=\"roll-bank-file\"");
		assertThat(call("chuxiong", get("/pensions/rolls?region=532302&month=2020-08")).andReturn().getResponse()
			.getContentAsString()).contains("id=\"roll-summary\"").doesNotContain("id=\"roll-bank-file\"");
		assertThat(call("lufeng", get("/pensions/rolls?region=532302&month=2020-09")).andReturn().getResponse()
			.getContentAsString()).doesNotContain("id=\"roll-summary\"");
	}

	private long events(String type) {
		return jdbc.sql("select count(*) from audit.audit_event where event_type = :t").param("t", type)
			.query(Long.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user)));
	}

}
