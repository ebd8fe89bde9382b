package cn.shuangyong.audit;

import java.time.Instant;

/** One entry of the audit log as the auditor reads it. */
public record AuditRecord(long id, Instant occurredAt, String actor, String sourceIp, String eventType,
		String objectType, String objectId, AuditOutcome outcome, String detail) {
}
