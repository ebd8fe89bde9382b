package cn.shuangyong.priority;

import java.time.Duration;
import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 2020 demo campaign as 楚雄州 sees it, and a campaign's life: a seeded draw, a failed finding that becomes the
 * department's task, its rectification and the office's sign-off, with the bad input refused and nothing changed.
 */
@PlatformTest
class PriorityTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void chuxiongSeesTheProvincialCampaignsSixFindingsTwoOpenAndOneRed() throws Exception {
		call("chuxiong", get("/api/v1/priority/campaigns").param("year", "2020")).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].title").value("2020年军人依法优先落实情况检查"));
		call("chuxiong", get("/api/v1/priority/findings")).andExpect(jsonPath("$.totalElements").value(6));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> call("chuxiong",
				get("/api/v1/priority/findings").param("status", "rectified")).andExpect(jsonPath("$.totalElements").value(1)));
		String open = call("chuxiong", get("/api/v1/priority/findings").param("status", "OPEN"))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].citation").value(hasItem("《军人抚恤优待条例》（2019）第三十六条")))
			.andExpect(jsonPath("$.content[*].verified").value(hasItem(false)))
			.andReturn().getResponse().getContentAsString();
		List<String> red = JsonPath.read(open, "$.content[?(@.red == true)].placeName");
		assertThat(red).as(open).containsExactly("楚雄某火车站");
		call("chuxiong", get("/api/v1/priority/findings").param("status", "closed")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("状态（status）")));
		call("lufeng", get("/api/v1/priority/findings")).andExpect(jsonPath("$.totalElements").value(0));
		long station = jdbc.sql("select id from priority.finding where rectify_by = '2020-09-15'").query(Long.class).single();
		call("lufeng", get("/api/v1/priority/findings/{id}", station)).andExpect(status().isNotFound());
		long campaign = jdbc.sql("select id from priority.campaign where year = 2020 and region_code = '53'")
			.query(Long.class).single();
		mvc.perform(get("/priority/campaigns/{id}", campaign).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 条逾期未整改")))
			.andExpect(content().string(containsString("种子 20200801")))
			.andExpect(content().string(containsString("楚雄某火车站")));
		mvc.perform(get("/priority/findings/{id}", station).with(demo.as("chuxiong")))
			.andExpect(redirectedUrl("/priority/places/" + placeOf(station) + "#finding-" + station));
		mvc.perform(get("/priority/places/{id}", placeOf(station)).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("逾期未整改")));

		AuditRows audit = AuditRows.from(jdbc);
		byte[] xlsx = mvc.perform(get("/priority/campaigns/{id}/export.xlsx", campaign).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheet("检查发现").getLastRowNum()).as("a heading, a header and six findings").isEqualTo(7);
			assertThat(book.getSheet("合格率").getRow(2).getCell(1).getStringCellValue()).isEqualTo("银行");
		}
		byte[] docx = mvc.perform(get("/priority/campaigns/{id}/bulletin.docx", campaign).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("检查情况通报", "按行业合格率", "尚在整改的问题", "楚雄某火车站", "逾期未整改");
		}
		assertThat(audit.ofType("PRIORITY_EXPORTED")).hasSize(2);
		mvc.perform(get("/priority/campaigns/{id}/bulletin.docx", campaign).with(demo.as("admin")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theChecklistEditionsPageShowsEachItemsClauseAndTheProvinceRefusesAnItemWithout() throws Exception {
		mvc.perform(get("/priority/checklists").with(demo.as("lufeng"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("《军人抚恤优待条例》（2019）第三十六条")))
			.andExpect(content().string(containsString("待核实"))).andExpect(content().string(containsString("现行")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("checklist-form"))));
		long before = jdbc.sql("select count(*) from priority.checklist").query(Long.class).single();
		mvc.perform(post("/priority/checklists").with(demo.as("yunnan")).with(csrf()).param("sector", "BANK")
			.param("effectiveFrom", "2026-01-01").param("basis", "试行").param("items", "优先办理业务 | 第四十九条\n设置优先窗口"))
			.andExpect(flash().attribute("problems", hasItem(containsString("第2项检查项“设置优先窗口”未注明法律依据"))));
		assertThat(jdbc.sql("select count(*) from priority.checklist").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/priority/checklists").with(demo.as("yunnan")).with(csrf()).param("sector", "BANK")
			.param("effectiveFrom", "2026-01-01").param("basis", "试行")
			.param("items", "优先办理业务 | 《兵役法》（2021）第四十九条\n设置优先窗口 | | 现有资料未给出条款依据"))
			.andExpect(flash().attribute("notice", "priority.checklist.published"));
		mvc.perform(get("/priority/checklists").with(demo.as("yunnan")))
			.andExpect(content().string(containsString("设置优先窗口"))).andExpect(content().string(containsString("checklist-form")));
	}

	@Test
	void aFailedItemBecomesTheDepartmentsTaskAndIsClosedWhenTheOfficeSignsItOff() throws Exception {
		String opened = call("chuxiong", json(post("/api/v1/priority/campaigns"),
				"{\"year\":2020,\"title\":\"楚雄州军人依法优先专项检查\",\"startsOn\":\"2020-09-01\",\"selfCheckBy\":\"2020-09-20\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.places.length()").value(5))
			.andReturn().getResponse().getContentAsString();
		long campaign = Long.parseLong(opened.replaceAll("^\\{\"campaign\":\\{\"id\":(\\d+).*$", "$1"));
		assertThat(jdbc.sql("select count(*) from priority.self_check where campaign_id = ? and task_id is not null")
			.param(campaign).query(Long.class).single()).as("one self-check task per department").isEqualTo(4);

		List<Long> candidates = jdbc.sql("select place_id from priority.campaign_place where campaign_id = ?")
			.param(campaign).query(Long.class).list();
		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/draws", campaign), "{\"count\":2,\"seed\":42}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("检查阶段：本次活动处于自查阶段，不能抽取抽查场所")));
		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/phase", campaign), "{\"phase\":\"CLOSED\",\"version\":0}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("不能跳过中间阶段")));
		call("cxjiaotong", json(post("/api/v1/priority/campaigns/{id}/phase", campaign), "{\"phase\":\"SPOT_CHECK\",\"version\":0}"))
			.andExpect(status().isForbidden());
		assertThat(phase(campaign)).as("nothing moved by refused input").isEqualTo("SELF_CHECK");
		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/phase", campaign), "{\"phase\":\"SPOT_CHECK\",\"version\":0}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.campaign.phase").value("SPOT_CHECK"));
		long coachPlace = jdbc.sql("select id from priority.place where name = '楚雄某汽车客运站'").query(Long.class).single();
		call("cxjiaotong", json(post("/api/v1/priority/campaigns/{id}/places/{p}/self-check", campaign, coachPlace),
				"{\"answers\":[]}")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("自查阶段已经结束")));
		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/draws", campaign), "{\"count\":2,\"seed\":42}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.seed").value(42)).andExpect(jsonPath("$.candidates").value(5));
		assertThat(jdbc.sql("select place_id from priority.campaign_place where campaign_id = ? and spot_chosen = 'RANDOM'")
			.param(campaign).query(Long.class).list())
			.containsExactlyInAnyOrderElementsOf(new SpotCheckDraw(42, 2, candidates).chosen());

		long coach = jdbc.sql("select id from priority.place where name = '楚雄某汽车客运站'").query(Long.class).single();
		boolean coachDrawn = new SpotCheckDraw(42, 2, candidates).chosen().contains(coach);
		long item = jdbc.sql("""
				select i.id from priority.checklist_item i join priority.campaign_place cp on cp.checklist_id = i.checklist_id
				where cp.campaign_id = ? and cp.place_id = ? and i.position = 1""").params(campaign, coach)
			.query(Long.class).single();
		String failed = "{\"placeId\":" + coach + ",\"itemId\":" + item
				+ ",\"result\":\"FAIL\",\"note\":\"无军人优先窗口\",\"foundOn\":\"2020-09-25\",\"rectifyBy\":\"2020-10-25\"}";
		if (!coachDrawn) {
			call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/findings", campaign), failed))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("抽查名单")));
			call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/spot-checks", campaign), "{\"placeIds\":[" + coach + "]}"))
				.andExpect(status().isOk());
		}
		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/findings", campaign), failed.replace("2020-10-25", "2020-09-20")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("整改期限：须晚于检查日期")));
		call("cxjiaotong", json(post("/api/v1/priority/campaigns/{id}/findings", campaign), failed))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from priority.finding where campaign_id = ?").param(campaign)
			.query(Long.class).single()).as("nothing recorded by refused input").isZero();

		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/findings", campaign), failed))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.stateLabel").value("整改中")).andExpect(jsonPath("$.taskId").isNumber());
		long finding = jdbc.sql("select id from priority.finding where campaign_id = ?").param(campaign).query(Long.class).single();
		long task = jdbc.sql("select task_id from priority.finding where id = ?").param(finding).query(Long.class).single();
		call("chuxiong", get("/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.leadUnits[0].name").value(demo.unitName("transport:5323")))
			.andExpect(jsonPath("$.deadline").value("2020-10-25")).andExpect(jsonPath("$.source.label").value("军人依法优先整改"));

		call("cxweijian", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task)))
			.andExpect(status().is4xxClientError());
		call("cxjiaotong", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		call("cxjiaotong", json(post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)),
				"{\"text\":\"已增设军人优先窗口并张贴标识\"}")).andExpect(status().isCreated());
		call("cxjiaotong", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		call("chuxiong", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> "RECTIFIED".equals(jdbc
			.sql("select state from priority.finding where id = ?").param(finding).query(String.class).single()));
		MockMultipartFile renamed = new MockMultipartFile("photos", "现场.jpg", "image/jpeg", "MZ 不是照片".getBytes());
		mvc.perform(multipart("/priority/campaigns/{c}/places/{p}/findings", campaign, coach).file(renamed)
			.param("itemId", String.valueOf(item)).param("result", "PASS").param("foundOn", "2020-09-26")
			.with(demo.as("chuxiong")).with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("照片：文件“现场.jpg”不是 JPG、PNG 文件"))));
		MockMultipartFile mislabelled = new MockMultipartFile("photos", "现场.jpg", "image/jpeg", PNG);
		mvc.perform(multipart("/priority/campaigns/{c}/places/{p}/findings", campaign, coach).file(mislabelled)
			.param("itemId", String.valueOf(item)).param("result", "PASS").param("foundOn", "2020-09-26")
			.with(demo.as("chuxiong")).with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("扩展名与其内容（PNG）不符"))));
		assertThat(jdbc.sql("select count(*) from priority.finding where campaign_id = ?").param(campaign)
			.query(Long.class).single()).as("a refused photo refuses its finding").isOne();
		mvc.perform(multipart("/priority/campaigns/{c}/places/{p}/findings", campaign, coach)
			.file(new MockMultipartFile("photos", "窗口.png", "image/png", PNG))
			.param("itemId", String.valueOf(item)).param("result", "PASS").param("foundOn", "2020-09-26")
			.with(demo.as("chuxiong")).with(csrf()))
			.andExpect(flash().attribute("notice", "priority.finding.saved"));
		String photo = jdbc.sql("""
				select p.id::text from priority.photo p join priority.finding f on f.id = p.finding_id
				where f.campaign_id = ?""").param(campaign).query(String.class).single();
		mvc.perform(get("/priority/photos/{id}", photo).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().bytes(PNG)).andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/priority/photos/{id}", photo).with(demo.as("lufeng"))).andExpect(status().isNotFound());
		mvc.perform(get("/priority/places/{id}", coach).with(demo.as("chuxiong")))
			.andExpect(content().string(containsString("/priority/photos/" + photo)));

		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/phase", campaign), "{\"phase\":\"CLOSED\",\"version\":1}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.campaign.phase").value("CLOSED"));
		call("chuxiong", json(post("/api/v1/priority/campaigns/{id}/findings", campaign), failed))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("抽查整改阶段已经结束")));
		assertThat(jdbc.sql("select count(*) from priority.finding where campaign_id = ?").param(campaign)
			.query(Long.class).single()).isEqualTo(2);

		mvc.perform(get("/priority/campaigns/{c}/places/{p}/inspect", campaign, coach).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("保存检查结果")));
		mvc.perform(get("/priority/campaigns/{c}/places/{p}/self-check", campaign, coach).with(demo.as("cxjiaotong")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("提交自查")));
	}

	@Test
	void theProvinceCannotCloseItsCampaignWhileAFindingIsOpen() throws Exception {
		long campaign = jdbc.sql("select id from priority.campaign where year = 2020 and region_code = '53'")
			.query(Long.class).single();
		int version = jdbc.sql("select version from priority.campaign where id = ?").param(campaign).query(Integer.class).single();
		call("yunnan", json(post("/api/v1/priority/campaigns/{id}/phase", campaign),
				"{\"phase\":\"CLOSED\",\"version\":" + version + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("项检查发现未整改完毕，不能结束本次活动")));
		call("yunnan", json(post("/api/v1/priority/campaigns/{id}/phase", campaign),
				"{\"phase\":\"SELF_CHECK\",\"version\":" + version + "}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("不能退回进入自查阶段")));
		call("yunnan", json(post("/api/v1/priority/campaigns/{id}/phase", campaign),
				"{\"phase\":\"DONE\",\"version\":" + version + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("检查阶段：须为")));
		assertThat(phase(campaign)).isEqualTo("SPOT_CHECK");
	}

	@Test
	void anOfficeChangesAPlaceAndRetiresItWithAReasonButNotWhileAFindingIsOpen() throws Exception {
		long department = demo.unitId("health:5323");
		String body = "{\"name\":\"楚雄某社区医院\",\"sector\":\"HOSPITAL\",\"regionCode\":\"532301\",\"departmentUnitId\":"
				+ department + "}";
		String added = call("chuxiong", json(post("/api/v1/priority/places"), body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long place = ((Number) JsonPath.read(added, "$.id")).longValue();
		assertThat(jdbc.sql("""
				select c.region_code from priority.campaign_place cp join priority.campaign c on c.id = cp.campaign_id
				where cp.place_id = ?""").param(place).query(String.class).list())
			.as("a place registered while the province's campaign runs joins it").contains("53");
		call("chuxiong", json(put("/api/v1/priority/places/{id}", place),
				body.replace("532301", "530102").replace("}", ",\"version\":0}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("所在地区")));
		call("chuxiong", json(put("/api/v1/priority/places/{id}", place), body.replace("}", ",\"version\":7}")))
			.andExpect(status().isConflict());
		call("lufeng", json(put("/api/v1/priority/places/{id}", place), body.replace("}", ",\"version\":0}")))
			.andExpect(status().isNotFound());
		call("chuxiong", json(put("/api/v1/priority/places/{id}", place),
				body.replace("社区医院", "妇幼保健院").replace("}", ",\"address\":\"鹿城镇\",\"version\":0}")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("楚雄某妇幼保健院"))
			.andExpect(jsonPath("$.address").value("鹿城镇")).andExpect(jsonPath("$.version").value(1));
		call("chuxiong", json(post("/api/v1/priority/places/{id}/retire", place), "{\"reason\":\" \",\"version\":1}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("停用原因")));
		call("chuxiong", json(post("/api/v1/priority/places/{id}/retire", place), "{\"reason\":\"已并入州医院\",\"version\":1}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.retiredOn").value("2020-09-30"));
		call("chuxiong", json(put("/api/v1/priority/places/{id}", place), body.replace("}", ",\"version\":2}")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("停用")));
		mvc.perform(get("/priority/places/{id}", place).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已并入州医院")));

		long station = jdbc.sql("select id from priority.place where name = '楚雄某火车站'").query(Long.class).single();
		int version = jdbc.sql("select version from priority.place where id = ?").param(station).query(Integer.class).single();
		call("chuxiong", json(post("/api/v1/priority/places/{id}/retire", station),
				"{\"reason\":\"停运\",\"version\":" + version + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("未整改完毕")));
		assertThat(jdbc.sql("select count(*) from priority.place where id = ? and retired_on is not null").param(station)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aChecklistItemWithoutAClauseIsRefusedAndOnlyTheProvinceAddsEditions() throws Exception {
		String noClause = "{\"sector\":\"TELECOM\",\"effectiveFrom\":\"2025-01-01\",\"basis\":\"试行\","
				+ "\"items\":[{\"text\":\"优先办理电信业务\"}]}";
		call("yunnan", json(post("/api/v1/priority/checklists"), noClause)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("未注明法律依据")));
		String early = "{\"sector\":\"RAILWAY\",\"effectiveFrom\":\"2024-01-01\",\"basis\":\"试行\","
				+ "\"items\":[{\"text\":\"优先购票\",\"clause\":\"第五十七条\"}]}";
		call("yunnan", json(post("/api/v1/priority/checklists"), early)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("2024-10-01")));
		assertThat(jdbc.sql("select count(*) from priority.checklist where effective_from >= '2024-01-01' and sector in ('TELECOM', 'RAILWAY')")
			.query(Long.class).single()).isOne();
		String noted = noClause.replace("\"优先办理电信业务\"}", "\"优先办理电信业务\",\"clauseNote\":\"现有资料未给出条款依据\"}");
		call("chuxiong", json(post("/api/v1/priority/checklists"), noted)).andExpect(status().isForbidden());
		call("yunnan", json(post("/api/v1/priority/checklists"), noted)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.edition").value(2)).andExpect(jsonPath("$.items[0].verified").value(false));
	}

	private String phase(long campaign) {
		return jdbc.sql("select phase from priority.campaign where id = ?").param(campaign).query(String.class).single();
	}

	private long placeOf(long finding) {
		return jdbc.sql("select place_id from priority.finding where id = ?").param(finding).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, Demo.PASSWORD)));
	}
}
