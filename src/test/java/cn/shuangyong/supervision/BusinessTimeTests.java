package cn.shuangyong.supervision;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.modelcity.CampaignMother;
import cn.shuangyong.shared.BusinessClock;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In demo mode the business clock stands in 2020 while the real one does not: what a unit does is recorded at the
 * business time, so every place that shows it agrees with the deadlines and dates beside it.
 */
@PlatformTest
class BusinessTimeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	BusinessClock business;

	@Autowired
	Clock real;

	@Autowired
	ApplicationContext context;

	@Test
	void aReportIsStampedWithTheBusinessDateOnTheTaskItsTimelineAndTheLedger() throws Exception {
		LocalDate today = business.today();
		LocalDate realToday = LocalDate.now(real.withZone(BusinessClock.CHINA));
		assertThat(today).as("demo mode keeps business time apart from real time").isNotEqualTo(realToday);
		Calls calls = new Calls(mvc, jdbc);
		// the demo plans' history is written once, after start-up: act only on what it left
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("select count(*) from supervision.demo_history").query(Long.class).single() == 2);
		long task = jdbc.sql("""
				select min(t.id) from supervision.task t join plans.work_plan p on p.id = t.plan_id
				where p.doc_number = '云拥办〔2020〕1号' and t.state in ('ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS')
				  and t.item_no not in ('1', '2', '3', '4', '5', '7', '15', '16', '26', '27', '29', '31')
				  and exists (select 1 from supervision.task_unit tu join accounts.account a on a.unit_id = tu.unit_id
				              where tu.task_id = t.id and tu.role = 'LEAD' and a.role = 'LIAISON')""")
			.query(Long.class).single();
		String lead = jdbc.sql("""
				select a.username from accounts.account a join supervision.task_unit tu on tu.unit_id = a.unit_id
				where tu.task_id = :t and tu.role = 'LEAD' and a.role = 'LIAISON' order by tu.position, a.id limit 1""")
			.param("t", task).query(String.class).single();
		if ("ASSIGNED".equals(jdbc.sql("select state from supervision.task where id = :t").param("t", task)
			.query(String.class).single())) {
			calls.as(lead, post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		}
		long plan = jdbc.sql("select plan_id from supervision.task where id = :t").param("t", task).query(Long.class)
			.single();

		calls.as(lead, post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"已召开专题会议部署\"}")).andExpect(status().isCreated());

		String page = mvc.perform(get("/supervision/tasks/{id}", task).with(demo.as(lead))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).as("the lead's last report, the report and the timeline")
			.containsPattern(today + " \\d\\d:\\d\\d")
			.doesNotContain(realToday.toString());
		assertThat(page.split(today + " \\d\\d:\\d\\d", -1)).hasSizeGreaterThanOrEqualTo(4);

		String ledger = mvc.perform(get("/supervision/plans/{id}/ledger", plan).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String row = ledger.substring(ledger.indexOf("ledger-task-" + task));
		assertThat(row.substring(0, row.indexOf("</tr>"))).as("最近报送").contains(today.toString());
		assertThat(ledger).doesNotContain(realToday.toString());
		byte[] workbook = mvc.perform(get("/api/v1/plans/{id}/ledger.xlsx", plan).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(lastReportInWorkbook(workbook, task)).isEqualTo(today.toString());
	}

	@Test
	void theModelCitysLogIsStampedWithTheBusinessDateBesideTheNoticesDates() throws Exception {
		LocalDate realToday = LocalDate.now(real.withZone(BusinessClock.CHINA));
		long campaign = CampaignMother.of(context).inNotice("532925", LocalDate.of(2020, 9, 24),
				LocalDate.of(2020, 10, 10));
		String page = mvc.perform(get("/model-city/campaigns/{id}", campaign).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("2020-09-24").containsPattern(business.today() + " \\d\\d:\\d\\d")
			.doesNotContain(realToday.toString());
	}

	private String lastReportInWorkbook(byte[] xlsx, long task) throws Exception {
		String no = jdbc.sql("select item_no from supervision.task where id = :t").param("t", task)
			.query(String.class).single();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : book.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(no)
						&& !row.getCell(7).getStringCellValue().isEmpty()) {
					return row.getCell(7).getStringCellValue();
				}
			}
		}
		return null;
	}
}
