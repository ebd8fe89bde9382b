package cn.shuangyong.supervision;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.BusinessClock;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 台账 workbook and the assessment of the 楚雄 plan's lead units, on a history of the test's own making. */
@PlatformTest
class LedgerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	BusinessClock clock;

	PlanHistory plan;

	List<Long> tasks;

	@BeforeEach
	void history() {
		plan = PlanHistory.reset(jdbc, "楚拥办通〔2020〕1号");
		tasks = plan.tasks();
		LocalDate today = clock.today();
		plan.history(tasks.get(0), today.minusDays(20), "SIGN_FOR@" + today.minusDays(40));
		plan.history(tasks.get(1), today.plusDays(3), "SIGN_FOR@" + today.minusDays(40));
		plan.history(tasks.get(2), today.minusDays(10), "SUBMIT@" + today.minusDays(12),
				"SIGN_OFF@" + today.minusDays(11));
	}

	@Test
	void theWorkbookHasOneRowPerTaskWithItsColourInWordsAndFill() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/plans/{id}/ledger.xlsx", plan.planId()).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("办理情况");
			assertThat(sheet.getLastRowNum()).isEqualTo(tasks.size());
			assertThat(jdbc.sql("""
					select detail from audit.audit_event where event_type = 'LEDGER_EXPORTED' and object_id = :plan
					order by id desc limit 1""").param("plan", String.valueOf(plan.planId())).query(String.class)
				.single()).isEqualTo("导出任务台账，" + tasks.size() + " 行");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getRepeatingRows()).isNotNull();
			Map<String, String[]> byTitle = new HashMap<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					XSSFCell colour = (XSSFCell) row.getCell(6);
					byte[] rgb = colour.getCellStyle().getFillForegroundColorColor().getRGB();
					byTitle.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue(),
							new String[] { colour.getStringCellValue(), java.util.HexFormat.of().formatHex(rgb),
									row.getCell(5).getStringCellValue(), row.getCell(8).getStringCellValue() });
				}
			}
			assertThat(line(byTitle, tasks.get(0))).containsExactly("逾期未办结", "f8d7da", "已签收", "");
			assertThat(line(byTitle, tasks.get(1))).containsExactly("临期", "fff3cd", "已签收", "");
			assertThat(line(byTitle, tasks.get(2))).containsExactly("按期办结", "d1e7dd", "已办结",
					clock.today().minusDays(11).toString());
		}
	}

	@Test
	void theAssessmentRanksLeadUnitsWithinTheirLevel() throws Exception {
		// the prefecture's office, whose scope holds the plan's lead units (a county's holds only its own)
		mvc.perform(get("/api/v1/plans/{id}/assessment", plan.planId()).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.levels").isNotEmpty())
			.andExpect(jsonPath("$.levels[0].units[0].rank").value(1))
			.andExpect(jsonPath("$.weights.completionWeight").value(50.0));
		mvc.perform(get("/api/v1/plans/{id}/assessment", 999_999).with(demo.as("lufeng")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/supervision/plans/{id}/assessment", plan.planId()).with(demo.as("chuxiong")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("得分 = 100 ×（50 × C + 30 × R + 20 × S）")));
	}

	@Test
	void theLedgerAndBulletinPagesShowThePlansTasks() throws Exception {
		mvc.perform(get("/supervision/plans/{id}/ledger", plan.planId()).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.content().string(org.hamcrest.Matchers.containsString("ledger-task-" + tasks.get(0))));
		mvc.perform(get("/supervision/plans/{id}/bulletins", plan.planId()).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.content().string(org.hamcrest.Matchers.containsString("issue-bulletin")));
		mvc.perform(get("/supervision/plans/{id}/bulletins", plan.planId()).with(demo.as("lufeng")))
			.andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("issue-bulletin"))));
		mvc.perform(get("/supervision/plans").with(demo.as("lufeng"))).andExpect(status().isOk());
		// the lists of plans come grouped by the level of the issuing office
		for (String page : new String[] { "/supervision/plans", "/plans" }) {
			mvc.perform(get(page).with(demo.as("yunnan"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("省级要点（1 份）")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("州（市）级要点（")));
		}
	}

	private String[] line(Map<String, String[]> byKey, long taskId) {
		String no = jdbc.sql("select item_no from supervision.task where id = :t").param("t", taskId)
			.query(String.class).single();
		List<String> leads = jdbc.sql("""
				select u.name from supervision.task_unit tu join directory.unit u on u.id = tu.unit_id
				where tu.task_id = :t and tu.role = 'LEAD' order by tu.position""")
			.param("t", taskId).query(String.class).list();
		String[] line = byKey.get(no + "|" + String.join("、", leads));
		assertThat(line).as("row of task " + taskId).isNotNull();
		return line;
	}
}
