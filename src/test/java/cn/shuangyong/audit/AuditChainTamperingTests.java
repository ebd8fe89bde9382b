package cn.shuangyong.audit;

import java.util.List;
import java.util.Map;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 等保 安全审计: entries are protected from change and deletion, and the hash chain shows which entries someone with
 * the database's own rights changed or removed. Each test puts back what it tampered with, so the chain is whole
 * again for the other tests of the context.
 */
@PlatformTest
class AuditChainTamperingTests {

	private static final String COLUMNS = "id, occurred_at, actor, actor_unit, actor_region, source_ip, event_type, "
			+ "object_type, object_id, outcome, detail, prev_hash, hash, chain_key";

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@AfterEach
	void chainIsWholeAgain() {
		jdbc.sql("alter table audit.audit_event enable trigger audit_event_append_only").update();
		assertThat(log.verify(demo.signedIn("auditor")).intact()).isTrue();
	}

	@Test
	void theIntactChainVerifies() throws Exception {
		long entries = count();
		ChainCheck check = log.verify(demo.signedIn("auditor"));
		assertThat(check.intact()).isTrue();
		assertThat(check.checked()).isEqualTo(entries);
		mvc.perform(post("/audit/verify").with(csrf()).with(demo.as("auditor"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("审计链完整")));
	}

	@Test
	void refusesToChangeOrDeleteEntries() {
		long id = entries(3).get(1);
		assertThatThrownBy(() -> jdbc.sql("update audit.audit_event set detail = 'x' where id = :id").param("id", id)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("审计记录不可修改或删除");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_event where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("审计记录不可修改或删除");
		assertThat(jdbc.sql("select count(*) from audit.audit_event where id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void namesTheAlteredAndTheDeletedEntry() throws Exception {
		List<Long> ids = entries(6);
		long altered = ids.get(1);
		long deleted = ids.get(3);
		Map<String, Object> original = entry(deleted);
		String detail = detailOf(altered);
		disableTrigger();
		try {
			jdbc.sql("update audit.audit_event set detail = '已篡改' where id = :id").param("id", altered).update();
			jdbc.sql("delete from audit.audit_event where id = :id").param("id", deleted).update();

			ChainCheck check = log.verify(demo.signedIn("auditor"));
			assertThat(check.intact()).isFalse();
			assertThat(check.alteredIds()).containsExactly(altered);
			assertThat(check.gaps()).containsExactly(new ChainCheck.Gap(ids.get(2), ids.get(4)));
			mvc.perform(post("/audit/verify").with(csrf()).with(demo.as("auditor"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("#" + altered)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("#" + ids.get(2) + " 与 #" + ids.get(4))));
		}
		finally {
			jdbc.sql("update audit.audit_event set detail = :d where id = :id").param("d", detail).param("id", altered)
				.update();
			restore(original);
		}
	}

	@Test
	void tellsADeletionFromAChangeOfTheEntryAfterIt() {
		List<Long> ids = entries(4);
		long deleted = ids.get(1);
		long altered = ids.get(2);
		Map<String, Object> original = entry(deleted);
		String detail = detailOf(altered);
		disableTrigger();
		try {
			jdbc.sql("delete from audit.audit_event where id = :id").param("id", deleted).update();
			jdbc.sql("update audit.audit_event set detail = '已篡改' where id = :id").param("id", altered).update();

			ChainCheck check = log.verify(demo.signedIn("auditor"));
			assertThat(check.alteredIds()).containsExactly(altered);
			assertThat(check.gaps()).containsExactly(new ChainCheck.Gap(ids.get(0), altered));
		}
		finally {
			jdbc.sql("update audit.audit_event set detail = :d where id = :id").param("d", detail).param("id", altered)
				.update();
			restore(original);
		}
	}

	@Test
	void noticesThatTheNewestEntryWasRemoved() {
		trail.recordIndependently(new AuditEntry("tester", null, null, "127.0.0.1", "TEST_EVENT", null, null,
				AuditOutcome.SUCCESS, "将被删除的最新记录"));
		List<Long> ids = entries(2);
		long newest = ids.get(1);
		Map<String, Object> original = entry(newest);
		disableTrigger();
		try {
			jdbc.sql("delete from audit.audit_event where id = :id").param("id", newest).update();

			ChainCheck check = log.verify(demo.signedIn("auditor"));
			assertThat(check.alteredIds()).isEmpty();
			assertThat(check.gaps()).containsExactly(new ChainCheck.Gap(ids.get(0), null));
		}
		finally {
			restore(original);
		}
	}

	/**
	 * Someone with write access to the database changes the newest entry and recomputes its hash the way an unkeyed
	 * chain would be recomputed, head included: the chain still links, but the entry's seal needs the key.
	 */
	@Test
	void aChangedEntryCannotBeResealedWithoutTheKey() {
		List<Long> ids = entries(2);
		long forged = ids.get(1);
		Map<String, Object> original = entry(forged);
		String head = jdbc.sql("select last_hash from audit.chain_head where id = 1").query(String.class).single();
		assertThat(head).isEqualTo(original.get("hash"));
		disableTrigger();
		try {
			String detail = "已篡改并重新计算";
			String resealed = AuditChain.hash(null, (String) original.get("prev_hash"),
					((java.sql.Timestamp) original.get("occurred_at")).toInstant(),
					new AuditEntry("tester", null, null, "127.0.0.1", "TEST_EVENT", "TEST", "1", AuditOutcome.SUCCESS,
							detail));
			jdbc.sql("update audit.audit_event set detail = :d, hash = :h, chain_key = null where id = :id")
				.param("d", detail).param("h", resealed).param("id", forged).update();
			jdbc.sql("update audit.chain_head set last_hash = :h where id = 1").param("h", resealed).update();

			ChainCheck check = log.verify(demo.signedIn("auditor"));
			assertThat(check.gaps()).isEmpty();
			assertThat(check.alteredIds()).containsExactly(forged);
		}
		finally {
			// the verification appended an entry that links to the forged hash: take the tail back to before it
			jdbc.sql("delete from audit.audit_event where id >= :id").param("id", forged).update();
			jdbc.sql("update audit.chain_head set last_hash = :h where id = 1").param("h", head).update();
			restore(original);
		}
	}

	@Test
	void onlyTheAuditorVerifies() {
		for (String user : new String[] { "admin", "secadmin", "yunnan" }) {
			assertThatThrownBy(() -> log.verify(demo.signedIn(user)))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}
	}

	/** The ids of the newest entries, oldest first. */
	private List<Long> entries(int count) {
		for (int i = 0; i < count; i++) {
			trail.recordIndependently(new AuditEntry("tester", null, null, "127.0.0.1", "TEST_EVENT", "TEST",
					Integer.toString(i), AuditOutcome.SUCCESS, "测试记录 " + i));
		}
		return jdbc.sql("select id from (select id from audit.audit_event order by id desc limit :n) t order by id")
			.param("n", count).query(Long.class).list();
	}

	private Map<String, Object> entry(long id) {
		return jdbc.sql("select " + COLUMNS + " from audit.audit_event where id = :id").param("id", id).query()
			.singleRow();
	}

	private String detailOf(long id) {
		return jdbc.sql("select detail from audit.audit_event where id = :id").param("id", id).query(String.class)
			.single();
	}

	/** Puts a deleted entry back with its own id, as a restore from backup would. */
	private void restore(Map<String, Object> entry) {
		jdbc.sql("insert into audit.audit_event (" + COLUMNS + ") overriding system value values (:id, :occurred_at, "
				+ ":actor, :actor_unit, :actor_region, :source_ip, :event_type, :object_type, :object_id, :outcome, "
				+ ":detail, :prev_hash, :hash, :chain_key)").params(entry).update();
	}

	private void disableTrigger() {
		jdbc.sql("alter table audit.audit_event disable trigger audit_event_append_only").update();
	}

	private long count() {
		return jdbc.sql("select count(*) from audit.audit_event").query(Long.class).single();
	}
}
