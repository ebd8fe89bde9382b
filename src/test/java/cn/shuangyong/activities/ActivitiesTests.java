package cn.shuangyong.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 楚雄州 records an activity; it is listed by kind and region in scope, hidden outside it; bad input changes nothing. */
@PlatformTest
class ActivitiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	Tasks tasks;

	@Autowired
	TaskWork work;

	@Test
	void anActivityRecordedByTheOfficeIsListedInItsScopeAndHiddenOutsideIt() throws Exception {
		String body = mvc.perform(post("/api/v1/activities").param("kind", "OPEN_BARRACKS")
			.param("title", "国庆前夕军营开放日").param("heldOn", "2020-09-26").param("place", "楚雄军分区")
			.param("participatingUnits", Long.toString(demo.unitId(Demo.CHUXIONG_MILITARY))).param("troops", "楚雄军分区")
			.param("participants", "300").param("links", "https://media.example.org/a\nhttps://media.example.org/b")
			.with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.kind.name").value("军营开放"))
			.andExpect(jsonPath("$.participatingUnits[0]").value("楚雄军分区"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));

		mvc.perform(get("/api/v1/activities").param("kind", "OPEN_BARRACKS").param("region", "5323")
			.with(demo.as("yunnan"))).andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/activities/{id}", id).with(demo.as("lufeng"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/activities/figures").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == '军营开放' && @.month == '2020-09')].participants", hasItem(300)));
		mvc.perform(get("/activities").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("国庆前夕军营开放日")));
	}

	@Test
	void refusesAnActivityWithoutKindWithABadDateOrAheadOfTodayChangingNothing() throws Exception {
		long before = jdbc.sql("select count(*) from activities.activity").query(Long.class).single();
		mvc.perform(post("/api/v1/activities").param("title", "慰问").param("heldOn", "2020-02-30").param("place", "")
			.param("participants", "多人").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("活动类型")))
			.andExpect(jsonPath("$.detail").value(containsString("活动日期")))
			.andExpect(jsonPath("$.detail").value(containsString("活动地点")))
			.andExpect(jsonPath("$.detail").value(containsString("参加人数")));
		mvc.perform(post("/api/v1/activities").param("kind", "VISIT").param("title", "慰问").param("heldOn", "2020-12-01")
			.param("place", "楚雄").param("participants", "10").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不能晚于今天")));
		mvc.perform(post("/api/v1/activities").param("kind", "VISIT").param("title", "慰问").param("heldOn", "2020-08-01")
			.param("place", "楚雄").param("participants", "10").param("participatingUnits", "999999999")
			.with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("参加单位")));
		assertThat(jdbc.sql("select count(*) from activities.activity").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aPlannedActivityGivesEachParticipatingUnitATaskSignedOffWhenItsReportIsAccepted() throws Exception {
		long military = demo.unitId(Demo.CHUXIONG_MILITARY);
		long veterans = demo.unitId("veterans:5323");
		String body = mvc.perform(post("/api/v1/activities/plans").param("kind", "VISIT")
			.param("title", "国庆前夕走访慰问驻楚部队").param("heldOn", "2020-09-30").param("place", "楚雄市")
			.param("participatingUnits", Long.toString(military), Long.toString(veterans)).param("troops", "楚雄军分区")
			.param("reportDue", "2020-10-15").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("PLANNED"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		List<Long> taskIds = jdbc.sql("select task_id from activities.activity_task where activity_id = :id")
			.param("id", id).query(Long.class).list();
		List<TaskView> opened = tasks.byIds(taskIds);
		assertThat(opened).hasSize(2).allSatisfy(t -> {
			assertThat(t.state()).isEqualTo(TaskState.ASSIGNED);
			assertThat(t.deadline()).isEqualTo(LocalDate.of(2020, 9, 30).plusDays(15));
			assertThat(t.source().href()).isEqualTo("/activities/" + id);
			assertThat(t.issuerUnitId()).isEqualTo(demo.unitId(Demo.CHUXIONG_OFFICE));
		});
		assertThat(opened).extracting(t -> t.leadUnits().get(0).id()).containsExactlyInAnyOrder(military, veterans);
		long militaryTask = opened.stream().filter(t -> t.leadUnits().get(0).id() == military).findFirst().orElseThrow()
			.id();
		work.signFor(militaryTask, new SystemActor("test", military, "5323",
				Set.of(Permission.WORK_READ, Permission.WORK_EDIT)));
		mvc.perform(get("/api/v1/activities/figures").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == '慰问部队' && @.month == '2020-09')]").isEmpty());

		mvc.perform(post("/api/v1/activities/{id}/accept", id).param("version", "0").with(csrf())
			.with(demo.as("chuxiong"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("尚未报告")));
		mvc.perform(post("/api/v1/activities/{id}/report", id).param("version", "0").param("heldOn", "2020-09-30")
			.param("participants", "40").param("report", "走访").with(csrf()).with(demo.as("lufeng")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/activities/{id}/report", id).param("version", "0").param("heldOn", "2020-09-30")
			.param("participants", "四十").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("参加人数")))
			.andExpect(jsonPath("$.detail").value(containsString("活动情况")));
		mvc.perform(post("/api/v1/activities/{id}/report", id).param("version", "0").param("heldOn", "2020-09-30")
			.param("participants", "40").param("gifts", "慰问品").param("giftValue", "8000")
			.param("report", "走访楚雄军分区，座谈并送去慰问品").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REPORTED"));
		assertThat(tasks.byIds(taskIds)).allSatisfy(t -> assertThat(t.state()).isNotEqualTo(TaskState.SIGNED_OFF));

		mvc.perform(post("/api/v1/activities/{id}/accept", id).param("version", "1").with(csrf())
			.with(demo.as("chuxiong"))).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("HELD"));
		assertThat(tasks.byIds(taskIds)).allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.SIGNED_OFF));
		mvc.perform(get("/api/v1/activities/figures").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == '慰问部队' && @.month == '2020-09')].participants", hasItem(40)));
		mvc.perform(get("/activities/{id}", id).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("走访楚雄军分区，座谈并送去慰问品")));
	}

	@Test
	void refusesAPlanWithoutParticipatingUnitsOrFromAUnitThatIsNotAnOfficeChangingNothing() throws Exception {
		long before = jdbc.sql("select count(*) from activities.activity").query(Long.class).single();
		long tasksBefore = jdbc.sql("select count(*) from activities.activity_task").query(Long.class).single();
		mvc.perform(post("/api/v1/activities/plans").param("kind", "VISIT").param("title", "走访")
			.param("heldOn", "2020-10-08").param("place", "楚雄").param("reportDue", "2020-10-01").with(csrf())
			.with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("参加单位")))
			.andExpect(jsonPath("$.detail").value(containsString("报告截止日期")));
		mvc.perform(post("/api/v1/activities/plans").param("kind", "VISIT").param("title", "走访")
			.param("heldOn", "2020-10-08").param("place", "楚雄").param("reportDue", "2020-10-20")
			.param("participatingUnits", Long.toString(demo.unitId(Demo.CHUXIONG_MILITARY))).with(csrf())
			.with(demo.as("cxjiaoyu"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from activities.activity").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from activities.activity_task").query(Long.class).single())
			.isEqualTo(tasksBefore);
	}

	@Test
	void theActivitiesDownloadAsAWorkbookInTheReadersScopeAndTheDownloadIsAudited() throws Exception {
		long audited = jdbc.sql("select count(*) from audit.audit_event where event_type = 'ACTIVITIES_EXPORTED'")
			.query(Long.class).single();
		long chuxiong = jdbc.sql("select count(*) from activities.activity where region_code like '5323%'")
			.query(Long.class).single();
		byte[] xlsx = mvc.perform(get("/api/v1/activities/export.xlsx").with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum() - 1).isEqualTo((int) chuxiong);
			boolean gala = false;
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				gala |= sheet.getRow(r).getCell(2).getStringCellValue().equals("文艺晚会")
						&& sheet.getRow(r).getCell(9).getNumericCellValue() == 800;
			}
			assertThat(gala).as("the 八一 gala with its 800 people").isTrue();
		}
		byte[] lufeng = mvc.perform(get("/api/v1/activities/export.xlsx").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long lufengCount = jdbc.sql("select count(*) from activities.activity where region_code like '532302%'")
			.query(Long.class).single();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(lufeng))) {
			assertThat(book.getSheetAt(0).getLastRowNum() - 1).as("禄丰's own only").isEqualTo((int) lufengCount);
		}
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'ACTIVITIES_EXPORTED'")
			.query(Long.class).single()).isEqualTo(audited + 2);
		mvc.perform(get("/api/v1/activities/export.xlsx").with(demo.as("admin"))).andExpect(status().isForbidden());
	}
}
