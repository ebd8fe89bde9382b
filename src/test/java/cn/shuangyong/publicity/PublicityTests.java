package cn.shuangyong.publicity;

import java.time.Duration;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.supervision.targets.TargetCounts;
import cn.shuangyong.supervision.targets.Targets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Works toward item 4 of the 2020 points: a prefecture submits, the provincial office reviews, and accepted works are
 * item 4's figures, on the supervision count and in the quotas; bad works are refused and change nothing.
 */
@PlatformTest
class PublicityTests {

	static final byte[] MP4 = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	TargetCounts counts;

	@Autowired
	Targets targets;

	@Test
	void aPrefecturesMicroVideoAcceptedByTheProvinceRaisesItsItem4Figure() throws Exception {
		long item = item4();
		int before = chuxiongMicroVideos(item);

		String body = mvc.perform(multipart("/api/v1/publicity/works")
			.file(new MockMultipartFile("file", "楚雄微视频.mp4", "video/mp4", MP4)).param("kind", "MICRO_VIDEO")
			.param("title", "微视频《我的兵支书》").param("medium", "楚雄州融媒体中心").param("publishedOn", "2020-09-20")
			.param("itemId", Long.toString(item)).with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.kindLabel").value("微视频")).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		assertThat(chuxiongMicroVideos(item)).isEqualTo(before);

		mvc.perform(post("/api/v1/publicity/works/{id}/accept", id).param("version", "0").with(csrf())
			.with(demo.as("chuxiong"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/publicity/works/{id}/accept", id).param("version", "0").with(csrf())
			.with(demo.as("yunnan"))).andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("已采用"));
		mvc.perform(post("/api/v1/publicity/works/{id}/accept", id).param("version", "1").with(csrf())
			.with(demo.as("yunnan"))).andExpect(status().isConflict());

		assertThat(chuxiongMicroVideos(item)).isEqualTo(before + 1);
		mvc.perform(post("/api/v1/publicity/works/{id}/national", id).param("version", "1").param("channel", "全国双拥微视频展播")
			.with(csrf()).with(demo.as("chuxiong"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/publicity/works/{id}/national", id).param("version", "1").param("channel", "全国双拥微视频展播")
			.param("outcome", "入选").with(csrf()).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.national").value("全国双拥微视频展播"));
		mvc.perform(get("/api/v1/publicity/quotas").param("plan", Long.toString(provincePlan())).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(48)))
			.andExpect(jsonPath("$[?(@.region == '5323' && @.kind == 'MICRO_VIDEO')].accepted").value(before + 1));
		mvc.perform(get("/publicity/works/{id}/file", id).with(demo.as("lufeng"))).andExpect(status().isNotFound());
		mvc.perform(get("/publicity/works/{id}/file", id).with(demo.as("chuxiong"))).andExpect(status().isOk());
		mvc.perform(get("/publicity/quotas").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("楚雄彝族自治州")));
	}

	@Test
	void refusesAWorkWithoutLinkOrFileAVideoThatIsNoVideoAndATypedItem4FigureChangingNothing() throws Exception {
		long item = item4();
		long works = jdbc.sql("select count(*) from publicity.work").query(Long.class).single();
		mvc.perform(multipart("/api/v1/publicity/works").param("kind", "RESEARCH").param("title", "研究文章")
			.param("medium", "州委党校学报").param("publishedOn", "2020-06-01").param("itemId", Long.toString(item))
			.with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("作品须附链接或上传文件")));
		mvc.perform(multipart("/api/v1/publicity/works")
			.file(new MockMultipartFile("file", "假视频.mp4", "video/mp4", "%PDF-1.4 not a video".getBytes()))
			.param("kind", "MICRO_VIDEO").param("title", "微视频").param("medium", "州电视台")
			.param("publishedOn", "2020-06-01").param("itemId", Long.toString(item)).with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不是视频")));
		mvc.perform(multipart("/api/v1/publicity/works").param("kind", "FILM").param("title", "短片")
			.param("medium", "州电视台").param("publishedOn", "2020-13-01").param("link", "ftp://x")
			.param("itemId", Long.toString(item)).with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("刊播日期")))
			.andExpect(jsonPath("$.detail").value(containsString("作品链接不是有效的网址")));
		long returned = jdbc.sql("select min(id) from publicity.work where state = 'SUBMITTED'").query(Long.class).single();
		mvc.perform(post("/api/v1/publicity/works/{id}/return", returned).param("version", "0").with(csrf())
			.with(demo.as("yunnan"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("退回理由")));
		assertThat(jdbc.sql("select count(*) from publicity.work").query(Long.class).single()).isEqualTo(works);
		assertThat(jdbc.sql("select state from publicity.work where id = :id").param("id", returned).query(String.class)
			.single()).isEqualTo("SUBMITTED");

		long task = jdbc.sql("select min(id) from supervision.task where item_id = :i").param("i", item)
			.query(Long.class).single();
		long film = targets.ofItem(item).get(1).id();
		mvc.perform(post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task)).with(csrf())
			.with(demo.as("tuiyi")));
		mvc.perform(multipart("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task))
			.param("figure." + film, "2").with(csrf()).with(demo.as("tuiyi")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("按审核采用的宣传作品统计")));
	}

	@Test
	void exemplarsAreReadByEveryBusinessRoleAndRecordedByAnOfficeInItsRegion() throws Exception {
		mvc.perform(get("/api/v1/publicity/exemplars").with(demo.as("zhan"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == '李建华')].regionName").value("楚雄彝族自治州"));
		mvc.perform(get("/api/v1/publicity/exemplars").with(demo.as("admin"))).andExpect(status().isForbidden());
		long before = jdbc.sql("select count(*) from publicity.exemplar").query(Long.class).single();
		mvc.perform(post("/api/v1/publicity/exemplars").param("title", "模范退役军人").param("name", "赵明")
			.param("region", "5301").param("year", "1900").param("source", "表彰名单").with(csrf())
			.with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("评选年度")))
			.andExpect(jsonPath("$.detail").value(containsString("所在地区")));
		assertThat(jdbc.sql("select count(*) from publicity.exemplar").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/api/v1/publicity/exemplars").param("title", "模范退役军人").param("name", "赵明")
			.param("region", "532302").param("year", "2020").param("source", "表彰名单").with(csrf())
			.with(demo.as("chuxiong"))).andExpect(status().isCreated());
	}

	@Test
	void aReturnedWorkIsCorrectedAndSentAgainByItsUnitWithItsHistoryAndBadCorrectionsChangeNothing() throws Exception {
		long item = item4();
		String body = mvc.perform(multipart("/api/v1/publicity/works").param("kind", "FILM")
			.param("title", "公益短片《拥军路》").param("medium", "楚雄州广播电视台").param("publishedOn", "2020-08-01")
			.param("link", "https://example.cn/film/1").param("itemId", Long.toString(item)).with(csrf())
			.with(demo.as("chuxiong")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(multipart("/api/v1/publicity/works/{id}/resubmit", id).param("version", "0")
			.param("title", "公益短片《拥军路》").param("medium", "楚雄州广播电视台").param("publishedOn", "2020-08-01")
			.param("link", "https://example.cn/film/1").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/publicity/works/{id}/return", id).param("version", "0")
			.param("reason", "片头缺少出品单位，请补充后重新报送").with(csrf()).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"));

		// bad corrections: a blank title and a bad date, then removing the only link; the work stays as returned
		mvc.perform(multipart("/api/v1/publicity/works/{id}/resubmit", id).param("version", "1").param("title", " ")
			.param("medium", "楚雄州广播电视台").param("publishedOn", "2020-02-30").param("link", "https://example.cn/film/1")
			.with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("作品标题")))
			.andExpect(jsonPath("$.detail").value(containsString("刊播日期")));
		mvc.perform(multipart("/api/v1/publicity/works/{id}/resubmit", id).param("version", "1")
			.param("title", "公益短片《拥军路》").param("medium", "楚雄州广播电视台").param("publishedOn", "2020-08-01")
			.param("link", "").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("作品须附链接或上传文件")));
		mvc.perform(multipart("/api/v1/publicity/works/{id}/resubmit", id).param("version", "1")
			.file(new MockMultipartFile("file", "拥军路.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
			.param("title", "公益短片《拥军路》").param("medium", "楚雄州广播电视台").param("publishedOn", "2020-08-01")
			.with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("不是视频")));
		// another unit's office cannot see it; the reviewing province is not its author
		mvc.perform(multipart("/api/v1/publicity/works/{id}/resubmit", id).param("version", "1")
			.param("title", "改").param("medium", "改").param("publishedOn", "2020-08-01")
			.param("link", "https://example.cn/x").with(csrf()).with(demo.as("lufeng")))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select state || title || link || version from publicity.work where id = :id")
			.param("id", id).query(String.class).single())
			.isEqualTo("RETURNED公益短片《拥军路》https://example.cn/film/11");

		mvc.perform(multipart("/api/v1/publicity/works/{id}/resubmit", id).param("version", "1")
			.param("title", "公益短片《拥军路》（补充出品单位）").param("medium", "楚雄州广播电视台")
			.param("publishedOn", "2020-08-01").param("link", "https://example.cn/film/2").with(csrf())
			.with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.returnReason").doesNotExist())
			.andExpect(jsonPath("$.title").value("公益短片《拥军路》（补充出品单位）"));
		mvc.perform(get("/api/v1/publicity/works/{id}/history", id).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].action").value("SUBMITTED"))
			.andExpect(jsonPath("$[1].action").value("RETURNED"))
			.andExpect(jsonPath("$[1].note").value("片头缺少出品单位，请补充后重新报送"))
			.andExpect(jsonPath("$[2].actionLabel").value("修改后重新报送"))
			.andExpect(jsonPath("$[2].note").value(containsString("作品标题改为“公益短片《拥军路》（补充出品单位）”")))
			.andExpect(jsonPath("$[2].note").value(containsString("作品链接改为 https://example.cn/film/2")));
		mvc.perform(post("/api/v1/publicity/works/{id}/accept", id).param("version", "2").with(csrf())
			.with(demo.as("yunnan"))).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));
		mvc.perform(get("/publicity/works/{id}", id).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("片头缺少出品单位")));
	}

	@Test
	void thePlansQuotasDownloadAsAWorkbookOfEveryPrefectureAndKindAndTheDownloadIsAudited() throws Exception {
		long plan = provincePlan();
		item4();
		long audited = jdbc.sql("select count(*) from audit.audit_event where event_type = 'PUBLICITY_QUOTAS_EXPORTED'")
			.query(Long.class).single();
		byte[] xlsx = mvc.perform(get("/api/v1/publicity/quotas.xlsx").param("plan", Long.toString(plan))
			.with(demo.as("yunnan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).as("title, header and 16 prefectures × 3 kinds").isEqualTo(49);
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("已采用");
			boolean chuxiongVideo = false;
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				double shortBy = Math.max(0, row.getCell(5).getNumericCellValue() - row.getCell(6).getNumericCellValue());
				assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(shortBy);
				chuxiongVideo |= row.getCell(1).getStringCellValue().equals("楚雄彝族自治州")
						&& row.getCell(3).getStringCellValue().equals("微视频");
			}
			assertThat(chuxiongVideo).isTrue();
		}
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'PUBLICITY_QUOTAS_EXPORTED'")
			.query(Long.class).single()).isEqualTo(audited + 1);
		mvc.perform(get("/api/v1/publicity/quotas.xlsx").param("plan", Long.toString(plan)).with(demo.as("admin")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/publicity/quotas.xlsx").with(demo.as("yunnan"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("工作要点")));
	}

	private long provincePlan() {
		return jdbc.sql("select id from plans.work_plan where region_code = '53' and parent_plan_id is null")
			.query(Long.class).single();
	}

	private long item4() {
		long item = jdbc.sql("select id from plans.work_item where plan_id = :p and item_no = '4'")
			.param("p", provincePlan()).query(Long.class).single();
		await().atMost(Duration.ofSeconds(60)).until(() -> targets.ofItem(item).size() == 3);
		return item;
	}

	private int chuxiongMicroVideos(long item) {
		TargetCounts.Row row = counts.of(item, "53").rows().stream().filter(r -> r.regionCode().equals("5323"))
			.findFirst().orElseThrow();
		return row.cells().get(2).counted();
	}

	@Test
	void theWorksDownloadAsAWorkbookInTheReadersScopeAndTheDownloadIsAudited() throws Exception {
		long audited = jdbc.sql("select count(*) from audit.audit_event where event_type = 'PUBLICITY_WORKS_EXPORTED'")
			.query(Long.class).single();
		long chuxiongWorks = jdbc.sql("select count(*) from publicity.work where region_code like '5323%'")
			.query(Long.class).single();
		assertThat(chuxiongWorks).isPositive();
		byte[] xlsx = mvc.perform(get("/api/v1/publicity/works.xlsx").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("作品标题");
			assertThat(sheet.getLastRowNum() - 1).as("only 楚雄州's works").isEqualTo((int) chuxiongWorks);
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).isIn("待审核", "已采用", "已退回");
			}
		}
		byte[] lufeng = mvc.perform(get("/api/v1/publicity/works.xlsx").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long lufengWorks = jdbc.sql("select count(*) from publicity.work where region_code like '532302%'")
			.query(Long.class).single();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(lufeng))) {
			assertThat(book.getSheetAt(0).getLastRowNum() - 1).as("none of the prefecture's own works for a county")
				.isEqualTo((int) lufengWorks);
		}
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'PUBLICITY_WORKS_EXPORTED'")
			.query(Long.class).single()).isEqualTo(audited + 2);
		mvc.perform(get("/publicity").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("/api/v1/publicity/works.xlsx")));
		mvc.perform(get("/api/v1/publicity/works.xlsx").with(demo.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/publicity/works.xlsx").param("region", "楚雄").with(demo.as("yunnan")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("行政区划")));
	}
}
