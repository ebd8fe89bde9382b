package cn.shuangyong.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.shuangyong.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log. It joins the caller's transaction: when recording fails, the change it records is rolled
 * back with it, so nothing happens unrecorded (ASVS 16.5.3, fail closed).
 */
@Service
public class AuditTrail {

	private static String requestIp() {
		if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
				instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ChainKeys keys;

	AuditTrail(JdbcClient jdbc, Clock clock, ChainKeys keys) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keys = keys;
	}

	/**
	 * The one call for a business event done by a signed-in person: who (their account, unit and region), what
	 * happened, to which record, and a short account of it that names records, never people's personal data.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser by, String event, AuditTarget target, String detail) {
		append(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, event, target.type(), target.id(),
				AuditOutcome.SUCCESS, detail));
	}

	/**
	 * An export or the download of a generated document: recorded with the number of rows it carries (the count, never
	 * the rows), so that the log shows how much data left the platform and in whose hands.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void exported(CurrentUser by, String event, AuditTarget target, long rows, String what) {
		record(by, event, target, what + "，" + rows + " 行");
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		append(entry);
	}

	/** For events whose own transaction fails or does not exist, such as a failed login. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordIndependently(AuditEntry entry) {
		append(entry);
	}

	private void append(AuditEntry given) {
		AuditEntry entry = given.sourceIp() != null ? given : given.from(requestIp());
		String previous = jdbc.sql("select last_hash from audit.chain_head where id = 1 for update")
			.query(String.class).single();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditChain.hash(keys.current(), previous, now, entry);
		jdbc.sql("""
				insert into audit.audit_event (occurred_at, actor, actor_unit, actor_region, source_ip, event_type,
				  object_type, object_id, outcome, detail, prev_hash, hash, chain_key)
				values (:at, :actor, :unit, :region, :ip, :type, :objectType, :objectId, :outcome, :detail, :prev, :hash,
				  :key)""")
			.param("at", java.sql.Timestamp.from(now)).param("actor", entry.actor()).param("unit", entry.actorUnit())
			.param("region", entry.actorRegion()).param("ip", entry.sourceIp()).param("type", entry.eventType())
			.param("objectType", entry.objectType()).param("objectId", entry.objectId())
			.param("outcome", entry.outcome().name()).param("detail", entry.detail())
			.param("prev", previous).param("hash", hash).param("key", keys.currentId())
			.update();
		jdbc.sql("update audit.chain_head set last_hash = :hash where id = 1").param("hash", hash).update();
	}
}
