package cn.shuangyong.supervision;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.documents.writing.RenderedDocument;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.supervision.reporting.BulletinFigures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 情况通报 on the 楚雄 plan (楚拥办通〔2020〕1号), whose tasks are given a history of the test's own making: the figures
 * as of a date, the numbering, the draft, and who may issue and read them.
 */
@PlatformTest
class BulletinTests {

	private static final String PLAN = "楚拥办通〔2020〕1号";

	private static final Pattern NUMBER = Pattern.compile("楚拥办通〔2020〕(\\d+)号");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	Bulletins bulletins;

	@Autowired
	DocumentRegistry registry;

	@Autowired
	BusinessClock clock;

	PlanHistory plan;

	List<Long> tasks;

	@BeforeEach
	void history() {
		plan = PlanHistory.reset(jdbc, PLAN);
		assertThat(plan.tasks()).as("the scenario needs four tasks").hasSizeGreaterThanOrEqualTo(4);
		tasks = plan.bulletinScenario();
	}

	@Test
	void countsTasksAsTheyStoodOnTheDateNotAsTheyStandToday() {
		int n = tasks.size();
		BulletinFigures mid = bulletins.figures(plan.planId(), LocalDate.of(2020, 9, 15), demo.signedIn("chuxiong"));
		assertThat(mid.total()).isEqualTo(new BulletinFigures.Count(n, 1, 1, n - 3, 1));
		assertThat(mid.overdue()).singleElement().satisfies(item -> {
			assertThat(item.itemNo()).isEqualTo(itemNo(tasks.get(2)));
			assertThat(item.deadline()).isEqualTo(LocalDate.of(2020, 9, 10));
			assertThat(item.daysOverdue()).isEqualTo(5);
		});
		BulletinFigures end = bulletins.figures(plan.planId(), LocalDate.of(2020, 9, 30), demo.signedIn("chuxiong"));
		assertThat(end.total()).isEqualTo(new BulletinFigures.Count(n, 2, 2, n - 4, 0));
		assertThat(end.overdue()).isEmpty();
		assertThat(end.units().stream().mapToInt(u -> u.count().tasks()).sum()
				+ end.regions().stream().mapToInt(r -> r.count().tasks()).sum()).isGreaterThanOrEqualTo(n);
		assertThat(end.units().get(0).rank()).isEqualTo(1);
		assertThat(end.units()).isSortedAccordingTo((a, b) -> Double.compare(b.count().doneShare(), a.count().doneShare()));
		assertThat(end.regions()).as("楚雄州's counties, each with its units' tasks")
			.allSatisfy(r -> assertThat(r.regionCode()).hasSize(6).startsWith("5323"));
	}

	@Test
	void numbersIncreaseSkipRecordedNumbersAndNeverRepeatEvenWhenIssuedAtOnce() throws Exception {
		int first = issue("2020-09-15");
		assertThat(first).as("1号 is the plan itself").isGreaterThan(1);
		assertThat(issue("2020-09-30")).isEqualTo(first + 1);
		registry.record(new DocumentRegistry.NewDocument("楚拥办通〔2020〕" + (first + 2) + "号", "楚雄州双拥办",
				demo.unitId(Demo.CHUXIONG_OFFICE), "另行登记的文件", "ISSUE", null, "5323", List.of()), "test");
		assertThat(issue("2020-09-30")).as("a number already recorded is skipped").isEqualTo(first + 3);

		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<String>> issued = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Callable<String> issue = () -> bulletins
				.issue(plan.planId(), LocalDate.of(2020, 9, 30), demo.signedIn("chuxiong")).docNumber();
			issued.add(pool.submit(issue));
		}
		List<Integer> numbers = new ArrayList<>();
		for (Future<String> f : issued) {
			numbers.add(number(f.get()));
		}
		pool.shutdown();
		assertThat(numbers).containsExactlyInAnyOrder(first + 4, first + 5, first + 6, first + 7);
		assertThat(jdbc.sql("select count(*) from documents.document where doc_number like '楚拥办通〔2020〕%'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void theIssuedBulletinCarriesItsNumberTitleAndFigures() throws Exception {
		MvcResult result = call("chuxiong", post("/api/v1/plans/{id}/bulletins", plan.planId())
			.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2020-09-15\"}"))
			.andReturn();
		String docNumber = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.docNumber");
		Integer id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		byte[] docx = call("chuxiong", get("/api/v1/bulletins/{id}.docx", id)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = text(docx);
		assertThat(text).contains("楚雄彝族自治州双拥工作领导小组办公室文件".substring(0, 2), docNumber, "落实情况的通报",
				"截至2020年9月15日，共分解任务" + tasks.size() + "项", "逾期未办结1项", "2020年9月15日");
		assertThat(text).doesNotContain("征求意见稿");
	}

	@Test
	void theDraftHasNoNumberAndSaysItIsForComment() throws Exception {
		long before = jdbc.sql("select count(*) from supervision.bulletin").query(Long.class).single();
		byte[] docx = call("chuxiong", get("/api/v1/plans/{id}/bulletin.docx", plan.planId()).param("date", "2020-09-15"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = text(docx);
		assertThat(text).contains("征求意见稿", "落实情况的通报");
		Matcher numbers = NUMBER.matcher(text);
		while (numbers.find()) {
			assertThat(numbers.group()).as("only the plan's own number is cited").isEqualTo(PLAN);
		}
		assertThat(jdbc.sql("select count(*) from supervision.bulletin").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyThePlansIssuingOfficeIssuesAndOthersOutsideTheScopeSeeNothing() throws Exception {
		String body = "{\"date\":\"2020-09-15\"}";
		call("yunnan", post("/api/v1/plans/{id}/bulletins", plan.planId()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		call("lufeng", post("/api/v1/plans/{id}/bulletins", plan.planId()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		String kunming = demo.newAccount(Role.OFFICE_STAFF, Demo.KUNMING_OFFICE);
		jdbc.sql("update accounts.account set must_change_password = false where username_key = lower(:n)")
			.param("n", kunming).update();
		mvc.perform(post("/api/v1/plans/{id}/bulletins", plan.planId()).with(demo.as(kunming)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
		int id = issue("2020-09-15");
		long bulletin = jdbc.sql("select id from supervision.bulletin where doc_number = :n")
			.param("n", "楚拥办通〔2020〕" + id + "号").query(Long.class).single();
		mvc.perform(get("/api/v1/bulletins/{id}.docx", bulletin).with(demo.as(kunming)).with(csrf())).andExpect(status().isNotFound());
		call("lufeng", get("/api/v1/bulletins/{id}.docx", bulletin)).andExpect(status().isOk());
		call("chuxiong", get("/api/v1/bulletins/{id}.docx", 999_999)).andExpect(status().isNotFound());
		call("chuxiong", post("/api/v1/plans/{id}/bulletins", 999_999).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
	}

	@Test
	void aBadOrFutureDateIsRefusedInChinese() throws Exception {
		call("chuxiong", post("/api/v1/plans/{id}/bulletins", plan.planId()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2020-13-01\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("格式如 2020-09-30")));
		call("chuxiong", post("/api/v1/plans/{id}/bulletins", plan.planId()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2021-01-01\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("晚于今天")));
		call("chuxiong", post("/api/v1/plans/{id}/bulletins", plan.planId()).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
	}

	@Test
	void thePdfIsMadeOnceAndKept() throws Exception {
		int n = issue("2020-09-30");
		long bulletin = jdbc.sql("select id from supervision.bulletin where doc_number = :n")
			.param("n", "楚拥办通〔2020〕" + n + "号").query(Long.class).single();
		byte[] pdf = call("lufeng", get("/api/v1/bulletins/{id}.pdf", bulletin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(jdbc.sql("select pdf from supervision.bulletin where id = :id").param("id", bulletin)
			.query((rs, i) -> rs.getBytes(1)).single()).isEqualTo(pdf);
	}

	/**
	 * The province's seed plan, as the province's office would send it: its own lead units ranked, the sixteen
	 * prefectures one line each with their counties rolled up, ties sharing a rank in the directory's order, on at most
	 * six pages, no name broken over two lines.
	 */
	@Test
	void theSeedPlansBulletinRanksTheProvincesUnitsAndItsPrefecturesInOfficialOrderOnAtMostSixPages() throws Exception {
		assumeTrue(RenderedDocument.rendererInstalled(), "LibreOffice or poppler-utils is not installed");
		DemoTasks.ofItem(jdbc, "1");
		long seed = jdbc.sql("select id from plans.work_plan where doc_number = '云拥办〔2020〕1号'").query(Long.class)
			.single();
		LocalDate today = clock.today();
		BulletinFigures figures = bulletins.figures(seed, today, demo.signedIn("yunnan"));
		assertThat(figures.regions()).as("prefectures").isNotEmpty()
			.allSatisfy(r -> assertThat(r.regionCode()).hasSize(4));
		assertThat(figures.units()).as("the province's own lead units").isNotEmpty();
		assertCompetitionRanks(figures.units().stream().map(BulletinFigures.UnitLine::rank).toList());
		assertCompetitionRanks(figures.regions().stream().map(BulletinFigures.RegionLine::rank).toList());
		for (int i = 1; i < figures.regions().size(); i++) {
			BulletinFigures.RegionLine before = figures.regions().get(i - 1);
			BulletinFigures.RegionLine line = figures.regions().get(i);
			if (before.rank() == line.rank()) {
				assertThat(line.regionCode()).as("a tie keeps the official order").isGreaterThan(before.regionCode());
			}
		}

		String page = call("yunnan", get("/supervision/plans/{id}/bulletins", seed).param("date", today.toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"region-figures\"", "id=\"region-5301\"");

		RenderedDocument rendered = RenderedDocument.of(bulletins.preview(seed, today, demo.signedIn("yunnan")),
				Path.of("target", "screenshots", "documents", "seed-bulletin.png"));

		try (PDDocument pdf = Loader.loadPDF(rendered.pdf().toFile())) {
			assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(6);
		}
		String text = rendered.flatText();
		int at = text.indexOf("（二）各州（市）");
		assertThat(at).as("the prefectures follow the province's units").isGreaterThan(text.indexOf("（一）省级牵头单位"))
			.isPositive();
		for (BulletinFigures.RegionLine line : figures.regions()) {
			int next = text.indexOf(line.rank() + line.regionName(), at);
			assertThat(next).as(line.rank() + " " + line.regionName() + " in its place").isGreaterThan(at);
			at = next;
		}
		List<String> lines = rendered.pdfText().lines().toList();
		figures.units().forEach(u -> assertThat(lines).as(u.unitName() + " on one line")
			.anyMatch(l -> l.matches(row(u.rank(), u.unitName(), u.count()))));
		figures.regions().forEach(r -> assertThat(lines).as(r.regionName() + " on one line")
			.anyMatch(l -> l.matches(row(r.rank(), r.regionName(), r.count()))));
	}

	/** A table row as pdftotext -layout writes it: rank, the whole name, and the figures, on one line. */
	private static String row(int rank, String name, BulletinFigures.Count c) {
		return "\\s*" + rank + "\\s+" + Pattern.quote(name) + "\\s+" + c.tasks() + "\\s+" + c.onTime() + "\\s+" + c.late()
				+ "\\s+" + c.inProgress() + "\\s+" + c.overdue() + "\\s*";
	}

	/** 1, 1, 3: a tie shares its rank, and the next rank counts the lines before it. */
	private static void assertCompetitionRanks(List<Integer> ranks) {
		for (int i = 0; i < ranks.size(); i++) {
			assertThat(ranks.get(i)).isEqualTo(i > 0 && ranks.get(i).equals(ranks.get(i - 1)) ? ranks.get(i - 1) : i + 1);
		}
	}

	private int issue(String date) throws Exception {
		MvcResult result = call("chuxiong", post("/api/v1/plans/{id}/bulletins", plan.planId())
			.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + date + "\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber()).andReturn();
		return number(com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.docNumber"));
	}

	private static int number(String docNumber) {
		Matcher matcher = NUMBER.matcher(docNumber);
		assertThat(matcher.matches()).as(docNumber).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private String itemNo(long taskId) {
		return jdbc.sql("select item_no from supervision.task where id = :t").param("t", taskId).query(String.class)
			.single();
	}

	static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private org.springframework.test.web.servlet.ResultActions call(String user, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(demo.as(user)).with(csrf()));
	}
}
