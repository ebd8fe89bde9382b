package cn.shuangyong.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: the audit administrator's alone, and each reading is itself recorded (等保 8.1.5 审计管理).
 */
@Service
public class AuditLog {

	private static final String AUDIT_READ = "AUDIT_READ";

	private final JdbcClient jdbc;

	private final AuditTrail trail;

	AuditLog(JdbcClient jdbc, AuditTrail trail) {
		this.jdbc = jdbc;
		this.trail = trail;
	}

	@Transactional
	public List<AuditRecord> search(String eventType, String actor, int limit, CurrentUser by) {
		requireAuditor(by);
		trail.record(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, "AUDIT_QUERY", "AUDIT_LOG",
				null, AuditOutcome.SUCCESS, "查询审计记录：事件=" + blank(eventType) + "，操作人=" + blank(actor)));
		return jdbc.sql("""
				select id, occurred_at, actor, source_ip, event_type, object_type, object_id, outcome, detail
				from audit.audit_event
				where (cast(:type as varchar) is null or event_type = :type)
				  and (cast(:actor as varchar) is null or actor = :actor)
				order by id desc limit :limit""")
			.param("type", emptyToNull(eventType)).param("actor", emptyToNull(actor))
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, i) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					AuditOutcome.valueOf(rs.getString(8)), rs.getString(9)))
			.list();
	}

	/** Recomputes every hash in order; an entry changed or removed breaks the chain from there on. */
	@Transactional
	public ChainCheck verify(CurrentUser by) {
		requireAuditor(by);
		List<Long> broken = new ArrayList<>();
		String[] previous = { "0".repeat(64) };
		long[] count = { 0 };
		jdbc.sql("""
				select id, occurred_at, actor, actor_unit, actor_region, source_ip, event_type, object_type, object_id,
				  outcome, detail, prev_hash, hash from audit.audit_event order by id""")
			.query(rs -> {
				Instant at = rs.getTimestamp("occurred_at").toInstant();
				AuditEntry entry = new AuditEntry(rs.getString("actor"), (Long) rs.getObject("actor_unit"),
						rs.getString("actor_region"), rs.getString("source_ip"), rs.getString("event_type"),
						rs.getString("object_type"), rs.getString("object_id"),
						AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"));
				String expected = AuditChain.hash(previous[0], at, entry);
				if (!previous[0].equals(rs.getString("prev_hash")) || !expected.equals(rs.getString("hash"))) {
					broken.add(rs.getLong("id"));
				}
				previous[0] = rs.getString("hash");
				count[0]++;
			});
		trail.record(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, "AUDIT_VERIFY", "AUDIT_LOG",
				null, broken.isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				"校验审计链：" + count[0] + " 条，异常 " + broken.size() + " 处"));
		return new ChainCheck(count[0], broken);
	}

	private static void requireAuditor(CurrentUser by) {
		if (!by.hasAuthority(AUDIT_READ)) {
			throw new AccessDeniedException("只有审计管理员可以查看审计记录");
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? "全部" : value.strip();
	}

	static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}
}
