package cn.shuangyong.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system administrator enters a year's State Council notice once it is published; the live calendar counts with
 * it at once, nobody else may change it, and a bad file changes nothing.
 */
@PlatformTest
class HolidayAdministrationTests {

	// 2027's notice is not in the shipped file, only the statutory days (02-05 to 02-08): Tuesday 2027-02-09, a
	// likely day of the published break, counts as a working day until the notice is entered.
	private static final LocalDate TUESDAY_AFTER_SPRING_FESTIVAL_2027 = LocalDate.of(2027, 2, 9);

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	HolidayOverrides overrides;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetEntries() {
		jdbc.sql("delete from calendar.holiday_entry").update();
		overrides.reload();
	}

	@Test
	void anAdministratorsDayTakesEffectAtOnceAndIsAudited() throws Exception {
		assertThat(calendar.isWorkingDay(TUESDAY_AFTER_SPRING_FESTIVAL_2027)).isTrue();
		perform("admin", post("/calendar/holidays").param("day", "2027-02-09").param("kind", "HOLIDAY")
			.param("name", "春节").param("note", "国办发明电〔2026〕示例号"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "calendar.saved"));
		assertThat(calendar.isWorkingDay(TUESDAY_AFTER_SPRING_FESTIVAL_2027)).isFalse();
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'HOLIDAY_SAVED' and object_id = '2027-02-09'")
			.query(Long.class).single()).isOne();
		mvc.perform(get("/calendar/holidays").param("year", "2027").with(demo.as("admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"day-2027-02-09\"")))
			.andExpect(content().string(containsString(">2027年</span>")));
	}

	@Test
	void correctingAFileDayAndRemovingTheCorrectionRestoresTheNotice() throws Exception {
		LocalDate springFestival2020Extension = LocalDate.of(2020, 2, 2);
		assertThat(calendar.isWorkingDay(springFestival2020Extension)).isFalse();
		perform("admin", post("/calendar/holidays").param("day", "2020-02-02").param("kind", "上班").param("name", "春节"))
			.andExpect(flash().attribute("notice", "calendar.saved"));
		assertThat(calendar.isWorkingDay(springFestival2020Extension)).isTrue();
		perform("admin", post("/calendar/holidays/2020-02-02/delete")).andExpect(flash().attribute("notice", "calendar.removed"));
		assertThat(calendar.isWorkingDay(springFestival2020Extension)).isFalse();
	}

	@Test
	void importsANoticeInTheFilesFormat() throws Exception {
		String notice = """
				# 2027年春节（示例）
				日期,类型,名称
				2027-02-09,放假,春节
				2027-02-10,HOLIDAY,春节
				2027-02-20,上班,春节
				""";
		perform("admin", multipart("/calendar/holidays/import").file(file(notice)))
			.andExpect(flash().attribute("notice", "calendar.imported"));
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
		assertThat(overrides.list()).hasSize(3);
	}

	@Test
	void aFileWithOneBadLineChangesNothingAndNamesEveryProblem() throws Exception {
		String notice = """
				2027-02-09,放假,春节
				2027-02-30,放假,春节
				2027-02-10,休息日,春节
				2027-02-11,放假
				2027-02-09,放假,春节
				""";
		perform("admin", multipart("/calendar/holidays/import").file(file(notice)))
			.andExpect(flash().attribute("problems", java.util.List.of("第2行：日期“2027-02-30”无效，应写作 2027-02-06",
					"第3行：类型“休息日”无效，应为 HOLIDAY（放假）或 WORKDAY（调休上班）", "第4行：应为“日期,类型,名称”三列",
					"第5行：2027-02-09 在文件中出现了两次")));
		assertThat(overrides.list()).isEmpty();
		assertThat(calendar.isWorkingDay(TUESDAY_AFTER_SPRING_FESTIVAL_2027)).isTrue();
	}

	@Test
	void aFileNotInUtf8IsRefused() throws Exception {
		byte[] gbk = "2027-02-08,放假,春节\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
		perform("admin", multipart("/calendar/holidays/import").file(new MockMultipartFile("file", "h.csv", "text/csv", gbk)))
			.andExpect(flash().attribute("problems", java.util.List.of("文件无法读取：请上传 UTF-8 编码的文本文件（每行“日期,类型,名称”）")));
		assertThat(overrides.list()).isEmpty();
	}

	@Test
	void onlyTheSystemAdministratorChangesTheCalendar() throws Exception {
		perform("yunnan", post("/calendar/holidays").param("day", "2027-02-09").param("kind", "HOLIDAY").param("name", "春节"))
			.andExpect(status().isForbidden());
		assertThat(overrides.list()).isEmpty();
		mvc.perform(get("/calendar/holidays").param("year", "2020").with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"day-2020-02-02\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"holiday-form\""))));
	}

	private static MockMultipartFile file(String text) {
		return new MockMultipartFile("file", "holidays.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private ResultActions perform(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(csrf()).with(demo.as(user)));
	}
}
