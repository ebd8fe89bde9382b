package cn.shuangyong.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: the audit administrator's alone, and each reading is itself recorded (等保 8.1.5 审计管理).
 */
@Service
public class AuditLog {

	private static final Permission AUDIT_READ = Permission.AUDIT_READ;

	private final JdbcClient jdbc;

	private final AuditTrail trail;

	private final ChainKeys keys;

	AuditLog(JdbcClient jdbc, AuditTrail trail, ChainKeys keys) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.keys = keys;
	}

	@Transactional
	public ListPage<AuditRecord> search(String eventType, String actor, Paging paging, CurrentUser by) {
		requireAuditor(by);
		trail.record(by, "AUDIT_QUERY", AuditTarget.of("AUDIT_LOG", null),
				"查询审计记录：事件=" + blank(eventType) + "，操作人=" + blank(actor));
		String where = """
				 from audit.audit_event
				where (cast(:type as varchar) is null or event_type = :type)
				  and (cast(:actor as varchar) is null or actor = :actor)""";
		long total = jdbc.sql("select count(*)" + where).param("type", emptyToNull(eventType))
			.param("actor", emptyToNull(actor)).query(Long.class).single();
		return paging.of(paging.bind(jdbc.sql(
				"select id, occurred_at, actor, source_ip, event_type, object_type, object_id, outcome, detail" + where
						+ " order by id desc" + Paging.SQL))
			.param("type", emptyToNull(eventType)).param("actor", emptyToNull(actor))
			.query((rs, i) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					AuditOutcome.valueOf(rs.getString(8)), rs.getString(9)))
			.list(), total);
	}

	/**
	 * How many requests were refused since a moment: what the auditor's workbench shows first. A count of the
	 * entries, not a read of them, so unlike {@link #search} it is not itself recorded.
	 */
	@Transactional(readOnly = true)
	public long deniedSince(java.time.Instant since, CurrentUser by) {
		requireAuditor(by);
		return jdbc.sql("select count(*) from audit.audit_event where outcome = 'DENIED' and occurred_at >= :since")
			.param("since", java.sql.Timestamp.from(since)).query(Long.class).single();
	}

	/**
	 * Walks the chain in order and checks two things of each entry: that it links to the entry before it (else
	 * entries between them were removed), and that its content still gives its own hash (else it was changed). The
	 * newest entry must be the chain's head, so removing the newest entries shows too.
	 */
	@Transactional
	public ChainCheck verify(CurrentUser by) {
		requireAuditor(by);
		// locking the head keeps new entries out while the chain is walked, so the head and the last entry agree
		String head = jdbc.sql("select last_hash from audit.chain_head where id = 1 for update").query(String.class)
			.single();
		List<Long> altered = new ArrayList<>();
		List<ChainCheck.Gap> gaps = new ArrayList<>();
		Link[] previous = { new Link(null, AuditChain.GENESIS, false) };
		long[] count = { 0 };
		jdbc.sql("""
				select id, occurred_at, actor, actor_unit, actor_region, source_ip, event_type, object_type, object_id,
				  outcome, detail, prev_hash, hash, chain_key from audit.audit_event order by id""")
			.query(rs -> {
				long id = rs.getLong("id");
				String prevHash = rs.getString("prev_hash");
				String hash = rs.getString("hash");
				if (!previous[0].hash().equals(prevHash)) {
					gaps.add(new ChainCheck.Gap(previous[0].id(), id));
				}
				AuditEntry entry = new AuditEntry(rs.getString("actor"), (Long) rs.getObject("actor_unit"),
						rs.getString("actor_region"), rs.getString("source_ip"), rs.getString("event_type"),
						rs.getString("object_type"), rs.getString("object_id"),
						AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"));
				String keyId = rs.getString("chain_key");
				// unkeyed entries may only precede the first keyed one: marking a later entry unkeyed is tampering
				if ((keyId == null && previous[0].keyed())
						|| !sealed(keyId, prevHash, rs.getTimestamp("occurred_at").toInstant(), entry, hash)) {
					altered.add(id);
				}
				previous[0] = new Link(id, hash, keyId != null);
				count[0]++;
			});
		if (!previous[0].hash().equals(head)) {
			gaps.add(new ChainCheck.Gap(previous[0].id(), null));
		}
		// every entry is written keyed now, so a log that ends unkeyed was rewritten without the key
		if (previous[0].id() != null && !previous[0].keyed() && !altered.contains(previous[0].id())) {
			altered.add(previous[0].id());
		}
		ChainCheck check = new ChainCheck(count[0], altered, gaps);
		trail.record(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, "AUDIT_VERIFY", "AUDIT_LOG",
				null, check.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				"校验审计链：" + check.checked() + " 条，异常 " + check.problems() + " 处" + (check.intact() ? ""
						: "；内容被修改：" + altered + "；有记录被删除的位置：" + gaps)));
		return check;
	}

	/**
	 * Whether the entry's content still gives its seal, under the key it names (plain SM3 for entries from before the
	 * chain was keyed). An entry naming a key this installation does not hold cannot be vouched for.
	 */
	private boolean sealed(String keyId, String prevHash, Instant at, AuditEntry entry, String hash) {
		if (keyId == null) {
			return AuditChain.hash(null, prevHash, at, entry).equals(hash);
		}
		return keys.byId(keyId).map(key -> AuditChain.hash(key, prevHash, at, entry).equals(hash)).orElse(false);
	}

	/** An entry's id and hash, as the next entry should link to them, and whether it was sealed with a key. */
	private record Link(Long id, String hash, boolean keyed) {
	}

	private static void requireAuditor(CurrentUser by) {
		if (!by.can(AUDIT_READ)) {
			throw new AccessDeniedException("只有审计管理员可以查看审计记录");
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? "全部" : value.strip();
	}
}
