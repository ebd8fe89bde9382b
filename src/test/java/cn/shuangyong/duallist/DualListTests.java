package cn.shuangyong.duallist;

import java.time.Duration;
import java.time.LocalDate;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A double-list entry's life over the API: filed by the side that needs it, accepted and assigned by the office,
 * followed as a supervision task, signed off, and rated by the side that asked; with who may do what.
 */
@PlatformTest
class DualListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	DualListStore store;

	@Test
	void theDemoListOfChuxiongIsFollowedUpWithEntriesFromBothSides() throws Exception {
		call("chuxiong", get("/api/v1/dual-lists").param("year", "2020").param("level", "PREFECTURE"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].officeName").value("楚雄彝族自治州双拥工作领导小组办公室"))
			.andExpect(jsonPath("$.content[0].stage").value("FOLLOWING_UP"));
		long list = chuxiongList();
		call("junfenqu", get("/api/v1/dual-lists/{id}", list)).andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].side").value(hasItem("MILITARY")))
			.andExpect(jsonPath("$.entries[*].side").value(hasItem("LOCAL")))
			.andExpect(jsonPath("$.entries[*].requestingUnit.name").value(hasItem("楚雄军分区")));
		call("junfenqu", get("/api/v1/dual-lists/{id}/entries", list).param("size", "1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1)).andExpect(jsonPath("$.content[0].side").value("MILITARY"))
			.andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(1)));
		call("lufeng", get("/api/v1/dual-lists/{id}/entries", list)).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from duallist.entry where state = 'DONE'").query(Long.class).single()).isOne());
		call("lufeng", get("/api/v1/dual-lists/{id}", list)).andExpect(status().isNotFound());
		call("lufeng", get("/api/v1/dual-lists").param("year", "2020")).andExpect(jsonPath("$.content.length()").value(0))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void aNeedIsFiledAcceptedFollowedSignedOffAndRated() throws Exception {
		long list = chuxiongList();
		String liaison = "cxtuiyi";
		long entry = id(call("junfenqu", post("/api/v1/dual-lists/{id}/entries", list).contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"MILITARY\",\"kind\":\"NEED\",\"title\":\"营区周边路灯安装\",\"description\":\"营区外道路夜间无照明，请地方安装路灯。\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("FILED")));
		call("junfenqu", post("/api/v1/dual-list-entries/{id}/accept", entry).contentType(MediaType.APPLICATION_JSON)
			.content(acceptance(demo.unitId("veterans:5323"), 0))).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/dual-list-entries/{id}/accept", entry).contentType(MediaType.APPLICATION_JSON)
			.content(acceptance(demo.unitId("veterans:5323"), 0)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FOLLOWING"))
			.andExpect(jsonPath("$.responsibleUnit.name").value("楚雄彝族自治州退役军人事务局"));
		long task = jdbc.sql("select task_id from duallist.entry where id = ?").param(entry).query(Long.class).single();
		call(liaison, get("/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.title").value("双清单：营区周边路灯安装"))
			.andExpect(jsonPath("$.deadline").value("2020-12-31"));
		call("junfenqu", post("/api/v1/dual-list-entries/{id}/rating", entry).contentType(MediaType.APPLICATION_JSON)
			.content("{\"feedback\":\"好\",\"satisfaction\":5,\"version\":2}")).andExpect(status().isConflict());
		call(liaison, post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		call(liaison, post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"路灯24盏已安装并通电\"}")).andExpect(status().isCreated());
		call(liaison, post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		call("chuxiong", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc
			.sql("select state from duallist.entry where id = ?").param(entry).query(String.class).single()).isEqualTo("DONE"));
		int version = jdbc.sql("select version from duallist.entry where id = ?").param(entry).query(Integer.class).single();
		// a second sign-off that read the entry while it was still followed finds it done: nothing changes
		LocalDate doneOn = jdbc.sql("select done_on from duallist.entry where id = ?").param(entry)
			.query(LocalDate.class).single();
		assertThatThrownBy(() -> store.done(entry, version - 1, doneOn.plusDays(1)))
			.isInstanceOf(ConflictException.class);
		assertThat(jdbc.sql("select done_on from duallist.entry where id = ?").param(entry)
			.query(LocalDate.class).single()).isEqualTo(doneOn);
		call("chuxiong", post("/api/v1/dual-list-entries/{id}/rating", entry).contentType(MediaType.APPLICATION_JSON)
			.content("{\"feedback\":\"好\",\"satisfaction\":5,\"version\":" + version + "}")).andExpect(status().isForbidden());
		call("junfenqu", post("/api/v1/dual-list-entries/{id}/rating", entry).contentType(MediaType.APPLICATION_JSON)
			.content("{\"feedback\":\"\",\"satisfaction\":9,\"version\":" + version + "}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").exists());
		call("junfenqu", post("/api/v1/dual-list-entries/{id}/rating", entry).contentType(MediaType.APPLICATION_JSON)
			.content("{\"feedback\":\"路灯已亮，官兵满意\",\"satisfaction\":5,\"version\":" + version + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED")).andExpect(jsonPath("$.satisfaction").value(5));
		assertThat(jdbc.sql("select count(*) from audit.audit_event where object_type = 'DUAL_LIST_ENTRY' and object_id = ?")
			.param(String.valueOf(entry)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aDoubleListTaskLinksBackToItsEntryWhichOpensForTheOffice() throws Exception {
		long task = jdbc.sql("select min(id) from supervision.task where source_kind = 'DUAL_LIST'").query(Long.class)
			.single();
		long entry = jdbc.sql("select source_id from supervision.task where id = ?").param(task).query(Long.class)
			.single();
		call("chuxiong", get("/api/v1/tasks/{id}", task)).andExpect(status().isOk())
			.andExpect(jsonPath("$.source.kind").value("DUAL_LIST")).andExpect(jsonPath("$.source.id").value(entry))
			.andExpect(jsonPath("$.source.label").value("双拥清单"))
			.andExpect(jsonPath("$.source.href").value("/dual-lists/entries/" + entry));
		mvc.perform(get("/dual-lists/entries/{id}", entry).with(demo.as("chuxiong"))).andExpect(status().isOk());
		mvc.perform(get("/supervision/tasks/{id}", task).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/dual-lists/entries/" + entry + "\">双拥清单")));
	}

	@Test
	void theOldPagePathsMoveOnToTheApisSpellingWithTheRestOfThePathAndTheQuery() throws Exception {
		mvc.perform(get("/duallists?year=2020").with(demo.as("chuxiong")))
			.andExpect(status().isPermanentRedirect()).andExpect(header().string("Location", "/dual-lists?year=2020"));
		mvc.perform(post("/duallists/entries/7/accept").with(demo.as("chuxiong")).with(csrf()))
			.andExpect(status().isPermanentRedirect())
			.andExpect(header().string("Location", "/dual-lists/entries/7/accept"));
		mvc.perform(get("/dual-lists").param("year", "2020").with(demo.as("chuxiong"))).andExpect(status().isOk());
	}

	@Test
	void aMilitaryUnitFilesOnTheMilitarySideOnlyAndBadInputNamesTheField() throws Exception {
		long list = chuxiongList();
		call("junfenqu", post("/api/v1/dual-lists/{id}/entries", list).contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"LOCAL\",\"kind\":\"NEED\",\"title\":\"标题\",\"description\":\"内容\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("军队方")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("MILITARY"))));
		call("junfenqu", post("/api/v1/dual-lists/{id}/entries", list).contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"SKY\",\"kind\":\"WISH\",\"title\":\"\",\"description\":\"a\\u0000b\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("清单方")));
		call("junfenqu", post("/api/v1/dual-lists/{id}/entries", list).contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"MILITARY\",\"kind\":\"NEED\",\"title\":\"代提\",\"description\":\"内容\",\"requestingUnitId\":"
					+ demo.unitId("veterans:5323") + "}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from duallist.entry where title in ('标题', '代提')").query(Long.class).single()).isZero();
	}

	@Test
	void onlyTheOfficeOfTheListsRegionMovesItsCycleAndExportsCarryTheEntriesAndAreAudited() throws Exception {
		long list = chuxiongList();
		long exportsBefore = exportsAudited(list);
		call("yunnan", post("/api/v1/dual-lists/{id}/next-stage", list).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":3}")).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/dual-lists/{id}/next-stage", list).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0}")).andExpect(status().isConflict());
		call("chuxiong", get("/api/v1/dual-lists/{id}/export.xlsx", list)).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")));
		byte[] xlsx = call("chuxiong", get("/api/v1/dual-lists/{id}/export.xlsx", list)).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("标题");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(7);
			assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
		}
		byte[] docx = call("chuxiong", get("/api/v1/dual-lists/{id}/export.docx", list)).andReturn().getResponse().getContentAsByteArray();
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("楚雄彝族自治州双拥工作领导小组办公室2020年度双清单", "军队方需求清单",
					"民兵训练基地进场道路维修", "地方方实事清单");
		}
		long entries = jdbc.sql("select count(*) from duallist.entry where list_id = :list").param("list", list)
			.query(Long.class).single();
		assertThat(exportsAudited(list) - exportsBefore).isEqualTo(3);
		assertThat(jdbc.sql("""
				select detail from audit.audit_event where event_type = 'DUAL_LIST_EXPORTED' and object_id = :list
				  and actor = 'chuxiong' order by id desc limit 1""").param("list", String.valueOf(list))
			.query(String.class).single()).isEqualTo("导出双清单（docx），" + entries + " 行");
	}

	private long exportsAudited(long list) {
		return jdbc.sql("select count(*) from audit.audit_event where event_type = 'DUAL_LIST_EXPORTED' and object_id = :list")
			.param("list", String.valueOf(list)).query(Long.class).single();
	}

	private long chuxiongList() {
		return jdbc.sql("select id from duallist.dual_list where region_code = '5323' and year = 2020").query(Long.class).single();
	}

	private static String acceptance(long unit, int version) {
		return "{\"responsibleUnitId\":" + unit + ",\"deadline\":\"2020-12-31\",\"version\":" + version + "}";
	}

	private long id(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return call(user, Demo.PASSWORD, request);
	}

	private ResultActions call(String user, String password, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, password)));
	}
}
