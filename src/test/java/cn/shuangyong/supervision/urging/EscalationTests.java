package cn.shuangyong.supervision.urging;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.supervision.DemoTasks;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import cn.shuangyong.supervision.tasklife.TaskSources;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders and notices on the demo plan's tasks, one rule per test. The run at start is put off so that each test
 * decides the business dates it evaluates.
 */
@PlatformTest
@TestPropertySource(properties = { "shuangyong.supervision.escalation.initial-delay=PT24H", "shuangyong.demo.history=false" })
class EscalationTests {

	@Autowired
	Escalation escalation;

	@Autowired
	NoticeIssuing issuing;

	@Autowired
	Tasks tasks;

	@Autowired
	TaskWork work;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskSources sources;

	@Autowired
	MockMvc mvc;

	@Autowired
	Notices noticeReader;

	@Autowired
	Demo demo;

	@Autowired
	TaskIssuing issuingTasks;

	@Test
	void reminderBeforeDeadlineSentOnce() {
		long task = DemoTasks.ofItem(jdbc, "3");
		assertThat(deadline(task)).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(escalation.evaluate(LocalDate.of(2020, 12, 24), List.of(task))).as("a week before").isZero();
		assertThat(escalation.evaluate(LocalDate.of(2020, 12, 28), List.of(task))).isEqualTo(1);
		assertThat(escalation.evaluate(LocalDate.of(2020, 12, 28), List.of(task))).as("run again").isZero();
		assertThat(escalation.evaluate(LocalDate.of(2020, 12, 30), List.of(task))).isZero();
		assertThat(events(task)).containsExactly("REMINDER");
		assertThat(jdbc.sql("select count(*) from notifications.message where task_id = :t and topic = 'REMINDER'")
			.param("t", task).query(Integer.class).single()).isEqualTo(1);
		assertThat(notices(task)).as("a reminder is no numbered notice").isEmpty();
	}

	@Test
	void escalatesTiXingThenCuiBanThenDuBan() {
		long task = DemoTasks.ofItem(jdbc, "5");
		assertThat(deadline(task)).isEqualTo(LocalDate.of(2020, 12, 31));
		// 2021-01-01 is a holiday and 01-02/03 a weekend: 01-04 is the first working day overdue.
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 1), List.of(task))).isZero();
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 4), List.of(task))).isEqualTo(1);
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 4), List.of(task))).isZero();
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 7), List.of(task))).as("4 working days overdue").isZero();
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 8), List.of(task))).isEqualTo(1);
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 14), List.of(task))).as("9 working days overdue").isZero();
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 15), List.of(task))).isEqualTo(1);
		assertThat(escalation.evaluate(LocalDate.of(2021, 3, 1), List.of(task))).isZero();
		List<NoticeView> notices = notices(task);
		assertThat(notices).extracting(NoticeView::kind)
			.containsExactly(NoticeKind.TI_XING, NoticeKind.CUI_BAN, NoticeKind.DU_BAN);
		assertThat(notices).extracting(NoticeView::issuedOn)
			.containsExactly(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 8), LocalDate.of(2021, 1, 15));
		assertThat(notices).allSatisfy(n -> assertThat(n.docNumber()).matches("云拥办督〔2021〕\\d+号"));
		assertThat(notices.get(2).daysOverdue()).isEqualTo(15);
		assertThat(notices.get(1).body()).contains("经提醒仍未办结，现予催办");
		assertThat(notices.get(2).body()).contains("经催办仍未办结，现予督办");
		assertThat(events(task)).containsExactly("TI_XING", "CUI_BAN", "DU_BAN");
		assertThat(jdbc.sql("select count(*) from notifications.message where task_id = :t").param("t", task)
			.query(Integer.class).single()).as("each notice sent once").isEqualTo(3);
	}

	/** A task another module opened (here a 材料报送 request) has no plan and no item number: it is named by title. */
	@Test
	void urgesATaskFromOutsideAPlanByItsTitle() {
		long task = issuingTasks.open(new OpenTask(sources.byCode("MATERIALS").orElseThrow(), 990_001, "报送2020年度双拥工作年终总结",
				List.of(demo.unitId(Demo.CHUXIONG_OFFICE)), List.of(), LocalDate.of(2020, 12, 31),
				demo.unitId(Demo.PROVINCE_OFFICE)));
		assertThat(escalation.evaluate(LocalDate.of(2020, 12, 28), List.of(task))).as("the reminder").isEqualTo(1);
		assertThat(jdbc.sql("select subject from notifications.message where task_id = :t and topic = 'REMINDER'")
			.param("t", task).query(String.class).single()).isEqualTo("任务到期提醒：报送2020年度双拥工作年终总结");
		assertThat(escalation.evaluate(LocalDate.of(2021, 1, 4), List.of(task))).isEqualTo(1);
		NoticeView notice = notices(task).get(0);
		assertThat(notice.kind()).isEqualTo(NoticeKind.TI_XING);
		assertThat(notice.title()).isEqualTo("关于“报送2020年度双拥工作年终总结”逾期未办结的提醒函");
		assertThat(notice.body()).startsWith("由你单位办理的“报送2020年度双拥工作年终总结”应于2020年12月31日前完成")
			.doesNotContain("null").doesNotContain("第");
	}

	@Test
	void doesNotUrgeSignedOffTasks() throws Exception {
		long signedOff = DemoTasks.ofItem(jdbc, "1");
		work.signFor(signedOff, demo.signedIn("xuanchuan"));
		work.report(signedOff, "主题宣传已完成", demo.signedIn("xuanchuan"));
		work.submit(signedOff, demo.signedIn("xuanchuan"));
		work.signOff(signedOff, demo.signedIn("yunnan"));
		long submitted = DemoTasks.ofItem(jdbc, "2");
		work.signFor(submitted, demo.signedIn("tuiyi"));
		work.report(submitted, "专栏已开办", demo.signedIn("tuiyi"));
		work.submit(submitted, demo.signedIn("tuiyi"));
		for (LocalDate day = LocalDate.of(2020, 12, 28); day.isBefore(LocalDate.of(2021, 2, 1)); day = day.plusDays(1)) {
			assertThat(escalation.evaluate(day, List.of(signedOff, submitted))).as("on " + day).isZero();
		}
		assertThat(notices(signedOff)).isEmpty();
		assertThat(notices(submitted)).as("awaiting the office's sign-off").isEmpty();
		mvc.perform(post("/api/v1/tasks/{id}/notices", signedOff).with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void numbersNoticesPerOfficeAndYear() {
		TaskView province = tasks.byId(DemoTasks.ofItem(jdbc, "7")).orElseThrow();
		TaskView chuxiong = tasks.byId(taskOfPlan("楚拥办通〔2020〕1号")).orElseThrow();
		LocalDate day = LocalDate.of(2022, 3, 1);
		NoticeView first = find(issuing.issue(province, NoticeKind.TI_XING, day, "yunnan", true));
		NoticeView second = find(issuing.issue(province, NoticeKind.CUI_BAN, day, "yunnan", true));
		NoticeView other = find(issuing.issue(chuxiong, NoticeKind.TI_XING, day, "chuxiong", true));
		NoticeView nextYear = find(issuing.issue(province, NoticeKind.DU_BAN, day.plusYears(1), "yunnan", true));
		assertThat(first.docNumber()).isEqualTo("云拥办督〔2022〕1号");
		assertThat(second.docNumber()).isEqualTo("云拥办督〔2022〕2号");
		assertThat(other.docNumber()).as("楚雄州 numbers its own").isEqualTo("楚拥办督〔2022〕1号");
		assertThat(other.issuerName()).contains("楚雄");
		assertThat(nextYear.docNumber()).isEqualTo("云拥办督〔2023〕1号");
		assertThat(documents.byNumber(first.docNumber())).as("an urging notice is in the document register")
			.hasValueSatisfying(d -> assertThat(d.title()).isEqualTo(first.title()));

		documents.record(new DocumentRegistry.NewDocument("云拥办督〔2024〕1号", "云南省双拥工作领导小组办公室",
				province.issuerUnitId(), "已登记的文件", "ISSUE", null, province.issuerRegion(), List.of()), "test");
		NoticeView afterTaken = find(issuing.issue(province, NoticeKind.TI_XING, day.plusYears(2), "yunnan", true));
		assertThat(afterTaken.docNumber()).as("a number in the document register is not given twice")
			.isEqualTo("云拥办督〔2024〕2号");
	}

	@Test
	void docxOpensAndContainsTheNumberAndItem() throws Exception {
		long task = DemoTasks.ofItem(jdbc, "26");
		mvc.perform(post("/api/v1/tasks/{id}/notices", task).with(demo.as("lingdao")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tasks/{id}/notices", task).with(demo.as("junfenqu")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/tasks/{id}/notices", task).with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("CUI_BAN"))
			.andExpect(jsonPath("$.daysOverdue").value(61));
		mvc.perform(post("/api/v1/tasks/{id}/notices", task).with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("今天已对该任务发出催办，请勿重复催办"));
		NoticeView notice = notices(task).get(0);
		assertThat(notice.byHand()).isTrue();
		mvc.perform(get("/api/v1/tasks/{id}/notices", task).with(demo.as("tuiyi")))
			.andExpect(jsonPath("$[0].docNumber").value(notice.docNumber()));

		byte[] docx = mvc.perform(get("/api/v1/notices/{id}.docx", notice.id()).with(demo.as("tuiyi")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", NoticesApiTypes.DOCX))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("云南省双拥工作领导小组办公室", notice.docNumber(),
					"关于加快办理云拥办〔2020〕1号第26项工作任务的催办通知", "云南省退役军人事务厅：", "持续开展助力随军家属就业工程",
					"应于2020年7月31日前完成", "已逾期61天", "2020年9月30日", "抄送：");
			assertThat(doc.getParagraphs().get(0).getRuns().get(0).getColor())
				.as("the agency name in the red of every official document").isEqualTo("FF0000");
		}
		mvc.perform(get("/api/v1/notices/{id}.docx", notice.id()).with(demo.as("junfenqu")))
			.andExpect(status().isNotFound());
	}

	@Test
	void runsOnOneNodeAtATime() {
		jdbc.sql("update supervision.job_lock set holder = 'another-node', locked_until = now() + interval '10 minutes' where name = 'escalation'")
			.update();
		try {
			assertThat(escalation.evaluate(LocalDate.of(2021, 6, 1))).isZero();
			assertThat(jdbc.sql("select count(*) from supervision.escalation_step where taken_on = '2021-06-01'")
				.query(Integer.class).single()).isZero();
		}
		finally {
			jdbc.sql("update supervision.job_lock set holder = null, locked_until = null where name = 'escalation'").update();
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
	}

	private NoticeView find(long id) {
		long task = jdbc.sql("select task_id from supervision.notice where id = :id").param("id", id)
			.query(Long.class).single();
		return notices(task).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
	}

	private List<NoticeView> notices(long task) {
		return noticeReader.ofTask(task, demo.signedIn("yunnan"));
	}

	private List<String> events(long task) {
		return jdbc.sql("select kind from supervision.task_event where task_id = :t order by id").param("t", task)
			.query(String.class).list();
	}

	private LocalDate deadline(long task) {
		return jdbc.sql("select deadline from supervision.task where id = :t").param("t", task)
			.query(LocalDate.class).single();
	}

	private long taskOfPlan(String docNumber) {
		String sql = """
				select min(t.id) from supervision.task t join plans.work_plan p on p.id = t.plan_id
				where p.doc_number = :n""";
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> jdbc.sql(sql.replace("min(t.id)", "count(*)")).param("n", docNumber).query(Long.class)
				.single() > 0);
		return jdbc.sql(sql).param("n", docNumber).query(Long.class).single();
	}

	/** The media type the API answers .docx with. */
	private static final class NoticesApiTypes {

		static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	}
}
