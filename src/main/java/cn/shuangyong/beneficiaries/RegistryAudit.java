package cn.shuangyong.beneficiaries;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The registry's entries in the audit log, in the changing transaction (fail closed). Entries name the person by
 * record number only, never by name or ID number.
 */
@Component
class RegistryAudit {

	static final String OBJECT = "BENEFICIARY";

	private final AuditTrail trail;

	RegistryAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void record(CurrentUser user, String event, Object objectId, String detail) {
		trail.record(user, event, AuditTarget.of(OBJECT, objectId == null ? null : String.valueOf(objectId)), detail);
	}

	/** An act refused for want of permission, recorded in its own transaction since the act's is rolled back. */
	void denied(CurrentUser user, String event, Object objectId, String detail) {
		trail.recordIndependently(new AuditEntry(user.getUsername(), user.unitId(), user.regionCode(), null, event,
				OBJECT, objectId == null ? null : String.valueOf(objectId), AuditOutcome.DENIED, detail));
	}
}
