package cn.shuangyong.audit;

import java.util.Map;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.directory.DirectoryAdministration;
import cn.shuangyong.directory.UnitChange;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 等保 安全审计: every administrative change and every reading of the log leaves one entry with who, when, from
 * where, what and with what outcome.
 */
@PlatformTest
class AuditCoverageTests {

	private static final String FROM = "127.0.0.1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	DirectoryAdministration directory;

	@Test
	void recordsAnAccountCreated() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		perform("admin", post("/accounts").param("username", "covered1").param("displayName", "覆盖")
			.param("unitName", demo.unitName(Demo.WUHUA_OFFICE)).param("role", "LIAISON")
			.param("password", Demo.NEW_PASSWORD)).andExpect(status().is3xxRedirection());
		assertRecordedOnce(audit, "ACCOUNT_CREATED", "admin", "ACCOUNT", demo.accountId("covered1"));
	}

	@Test
	void recordsAnAccountDisabledAndEnabled() throws Exception {
		long id = demo.accountId(demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE));
		AuditRows audit = AuditRows.from(jdbc);
		perform("admin", post("/accounts/" + id + "/disable").param("version", version(id))).andExpect(status().is3xxRedirection());
		perform("admin", post("/accounts/" + id + "/enable").param("version", version(id))).andExpect(status().is3xxRedirection());
		assertRecordedOnce(audit, "ACCOUNT_DISABLED", "admin", "ACCOUNT", id);
		assertRecordedOnce(audit, "ACCOUNT_ENABLED", "admin", "ACCOUNT", id);
	}

	@Test
	void recordsARoleChanged() throws Exception {
		long id = demo.accountId(demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE));
		AuditRows audit = AuditRows.from(jdbc);
		perform("secadmin", post("/accounts/" + id + "/role").param("role", "LEADER").param("version", version(id)))
			.andExpect(status().is3xxRedirection());
		assertRecordedOnce(audit, "ROLE_CHANGED", "secadmin", "ACCOUNT", id);
	}

	@Test
	void recordsAnAccountUnlockedAndAPasswordReset() throws Exception {
		long id = demo.accountId(demo.newAccount(Role.LIAISON, Demo.WUHUA_OFFICE));
		AuditRows audit = AuditRows.from(jdbc);
		perform("secadmin", post("/accounts/" + id + "/unlock").param("version", version(id))).andExpect(status().is3xxRedirection());
		perform("secadmin", post("/accounts/" + id + "/password").param("password", "Reset#Pass9")
			.param("version", version(id)))
			.andExpect(status().is3xxRedirection());
		assertRecordedOnce(audit, "ACCOUNT_UNLOCKED", "secadmin", "ACCOUNT", id);
		assertRecordedOnce(audit, "PASSWORD_RESET", "secadmin", "ACCOUNT", id);
	}

	@Test
	void recordsAUnitUpdated() throws Exception {
		long unit = demo.unitId(Demo.LUFENG_OFFICE);
		int version = jdbc.sql("select version from directory.unit where id = :id").param("id", unit)
			.query(Integer.class).single();
		AuditRows audit = AuditRows.from(jdbc);
		perform("lufeng", post("/directory/units/" + unit + "/edit").param("name", demo.unitName(Demo.LUFENG_OFFICE))
			.param("kind", "OFFICE").param("address", "禄丰市金山镇").param("version", Integer.toString(version)))
			.andExpect(status().is3xxRedirection());
		assertRecordedOnce(audit, "UNIT_UPDATED", "lufeng", "UNIT", unit);
	}

	@Test
	void recordsAnAliasAdded() throws Exception {
		long unit = demo.unitId(Demo.LUFENG_OFFICE);
		AuditRows audit = AuditRows.from(jdbc);
		perform("lufeng", post("/directory/units/" + unit + "/aliases").param("phrase", "禄丰双拥办公室" + System.nanoTime()))
			.andExpect(status().is3xxRedirection());
		assertRecordedOnce(audit, "ALIAS_ADDED", "lufeng", "UNIT", unit);
	}

	@Test
	void recordsAMembershipAddedAndRemoved() throws Exception {
		long unit = demo.unitId(Demo.LUFENG_TOWNSHIP_STATION);
		long group = jdbc.sql("select id from directory.leading_group where region_code = '532302'").query(Long.class)
			.single();
		AuditRows audit = AuditRows.from(jdbc);
		perform("lufeng", post("/directory/units/" + unit + "/memberships").param("groupId", Long.toString(group)))
			.andExpect(status().is3xxRedirection());
		perform("lufeng", post("/directory/units/" + unit + "/memberships/" + group + "/delete"))
			.andExpect(status().is3xxRedirection());
		assertRecordedOnce(audit, "MEMBERSHIP_ADDED", "lufeng", "UNIT", unit);
		assertRecordedOnce(audit, "MEMBERSHIP_REMOVED", "lufeng", "UNIT", unit);
	}

	@Test
	void recordsTheAuditorsReading() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		mvc.perform(get("/audit").param("type", "LOGIN_FAILURE").with(demo.as("auditor"))).andExpect(status().isOk());
		assertThat(audit.ofType("AUDIT_QUERY")).singleElement().satisfies(row -> {
			assertThat(row.actor()).isEqualTo("auditor");
			assertThat(row.sourceIp()).isEqualTo(FROM);
			assertThat(row.detail()).contains("LOGIN_FAILURE");
		});
	}

	@Test
	void showsTheAuditorTheEntries() throws Exception {
		mvc.perform(formLogin("/login").user("shown-ghost").password("Wrong#Pass1"));
		mvc.perform(get("/audit").param("actor", "shown-ghost").with(demo.as("auditor"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">登录失败<")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">失败<")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">LOGIN_FAILURE<"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">FAILURE<"))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("shown-ghost")));
	}

	@Test
	void escapesLineBreaksTypedAsAUsername() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		mvc.perform(formLogin("/login").user("x\r\n2025-01-01 INFO admin login ok").password("Wrong#Pass1"));
		mvc.perform(get("/api/v1/regions/53/children").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic("y\n2025-01-01 INFO secadmin LOGIN_SUCCESS", "Wrong#Pass1")));
		assertThat(audit.ofType("LOGIN_FAILURE")).extracting(AuditRows.Row::actor)
			.containsExactly("x\\r\\n2025-01-01 INFO admin login ok", "y\\n2025-01-01 INFO secadmin LOGIN_SUCCESS")
			.noneMatch(actor -> actor.contains("\r") || actor.contains("\n"));
	}

	/** ASVS 16.5.3: when the entry cannot be written, the change it would record does not happen either. */
	@Test
	void aChangeThatCannotBeRecordedDoesNotHappen() {
		long unit = demo.unitId(Demo.LUFENG_TOWNSHIP_STATION);
		Map<String, Object> before = jdbc.sql("select name, address, version from directory.unit where id = :id")
			.param("id", unit).query().singleRow();
		jdbc.sql("""
				create function audit.refuse_for_test() returns trigger language plpgsql as $$
				begin raise exception 'audit storage unavailable'; end; $$""").update();
		jdbc.sql("""
				create trigger refuse_for_test before insert on audit.audit_event
				  for each row execute function audit.refuse_for_test()""").update();
		try {
			assertThatThrownBy(() -> directory.update(new UnitId(unit), (Integer) before.get("version"),
					new UnitChange((String) before.get("name"), null, UnitKind.SERVICE_STATION, "未记录的修改", null),
					demo.signedIn("lufeng")))
				.isInstanceOf(DataAccessException.class).hasMessageContaining("audit storage unavailable");
		}
		finally {
			jdbc.sql("drop trigger refuse_for_test on audit.audit_event").update();
			jdbc.sql("drop function audit.refuse_for_test()").update();
		}
		assertThat(jdbc.sql("select name, address, version from directory.unit where id = :id").param("id", unit)
			.query().singleRow()).isEqualTo(before);
	}

	private ResultActions perform(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(demo.as(user)));
	}

	/** The account's version as its page shows it, which every change names. */
	private String version(long id) {
		return jdbc.sql("select version from accounts.account where id = :id").param("id", id).query(String.class)
			.single();
	}

	private static void assertRecordedOnce(AuditRows audit, String type, String actor, String objectType, long objectId) {
		assertThat(audit.ofType(type)).as(type).singleElement().satisfies(row -> {
			assertThat(row.actor()).isEqualTo(actor);
			assertThat(row.sourceIp()).isEqualTo(FROM);
			assertThat(row.outcome()).isEqualTo("SUCCESS");
			assertThat(row.objectType()).isEqualTo(objectType);
			assertThat(row.objectId()).isEqualTo(Long.toString(objectId));
			assertThat(row.timed()).isTrue();
		});
	}
}
