package cn.shuangyong.supervision;

import java.sql.Timestamp;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a step of a task's life on its timeline and in the audit log, in the same transaction as the step. */
@Component
class TaskEvents {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final BusinessClock businessClock;

	TaskEvents(JdbcClient jdbc, AuditTrail audit, BusinessClock businessClock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.businessClock = businessClock;
	}

	void record(long taskId, String kind, String detail, CurrentUser by) {
		jdbc.sql("""
				insert into supervision.task_event (task_id, kind, actor, unit_id, detail, at, on_date)
				values (:t, :k, :a, :u, :d, :at, :onDate)""")
			.param("t", taskId).param("k", kind).param("a", by.getUsername()).param("u", by.unitId())
			.param("d", detail == null ? null : abbreviate(detail)).param("at", Timestamp.from(businessClock.now()))
			// the business date the step happened on: bulletins replay the timeline up to a date
			.param("onDate", businessClock.today()).update();
		audit.record(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, "TASK_" + kind, "TASK",
				Long.toString(taskId), AuditOutcome.SUCCESS, null));
	}

	private static String abbreviate(String detail) {
		return detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
	}
}
