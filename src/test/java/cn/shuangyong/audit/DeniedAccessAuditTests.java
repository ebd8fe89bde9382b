package cn.shuangyong.audit;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
		mvc.perform(post("/api/v1/tasks/{id}/sign-off", task).with(httpBasic("lingdao", Demo.PASSWORD)))
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

	private long denials(String actor, String target) {
		return jdbc.sql("""
				select count(*) from audit.audit_event
				where event_type = 'ACCESS_DENIED' and outcome = 'DENIED' and actor = ? and object_id = ?""")
			.params(actor, target).query(Long.class).single();
	}
}
