package cn.shuangyong.audit;

import cn.shuangyong.CurrentVersion;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every refused request leaves a DENIED audit row naming who asked for what (security doc §3, #33 and #34). */
@PlatformTest
class DeniedAccessAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aForbiddenApiCallIsRecorded() throws Exception {
		long task = jdbc.sql("select min(id) from supervision.task").query(Long.class).single();
		String target = "POST /api/v1/tasks/" + task + "/sign-off";
		long before = denials("lingdao", target);
		mvc.perform(post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task)).with(httpBasic("lingdao", Demo.PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(denials("lingdao", target)).isEqualTo(before + 1);
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRecorded() throws Exception {
		long before = denials("admin", "POST /calendar/holidays");
		mvc.perform(post("/calendar/holidays").param("day", "2027-02-09").param("kind", "HOLIDAY").param("name", "春节")
			.with(demo.as("admin"))).andExpect(status().isForbidden());
		assertThat(denials("admin", "POST /calendar/holidays")).isEqualTo(before + 1);
	}

	@Test
	void aForbiddenPageActionIsRecordedAndShowsThe403Page() throws Exception {
		long before = denials("yunnan", "POST /calendar/holidays");
		mvc.perform(post("/calendar/holidays").param("day", "2027-02-09").param("kind", "HOLIDAY").param("name", "春节")
			.with(csrf()).with(demo.as("yunnan"))).andExpect(status().isForbidden());
		assertThat(denials("yunnan", "POST /calendar/holidays")).isEqualTo(before + 1);
	}

	/** Security doc §3, #43: an id or region beyond the user's scope answers 404 and leaves a row, as a 403 does. */
	@Test
	void anOutOfScopeReadIsRecordedWithoutThePersonalDataOfTheRequest() throws Exception {
		long api = notFound("lufeng", "GET /api/v1/beneficiaries/stats");
		mvc.perform(get("/api/v1/beneficiaries/stats?region=5323").with(demo.as("lufeng")))
			.andExpect(status().isNotFound());
		assertThat(notFound("lufeng", "GET /api/v1/beneficiaries/stats")).isEqualTo(api + 1);
		long page = notFound("lufeng", "GET /beneficiaries/export");
		mvc.perform(get("/beneficiaries/export?format=csv&region=5301").with(demo.as("lufeng")))
			.andExpect(status().isNotFound());
		assertThat(notFound("lufeng", "GET /beneficiaries/export")).isEqualTo(page + 1);
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_event where event_type = 'NOT_FOUND' and actor = 'lufeng'
				and (object_id like '%?%' or object_id like '%5301%' or detail like '%5301%')""").query(Long.class)
			.single()).as("the row names the path, not the query").isZero();
	}

	private long notFound(String actor, String target) {
		return jdbc.sql("""
				select count(*) from audit.audit_event
				where event_type = 'NOT_FOUND' and outcome = 'DENIED' and actor = ? and object_id = ?""")
			.params(actor, target).query(Long.class).single();
	}

	private long denials(String actor, String target) {
		return jdbc.sql("""
				select count(*) from audit.audit_event
				where event_type = 'ACCESS_DENIED' and outcome = 'DENIED' and actor = ? and object_id = ?""")
			.params(actor, target).query(Long.class).single();
	}
}
