package cn.shuangyong.modelcity;

import java.sql.Timestamp;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes each change of a campaign on its timeline and in the audit log. */
@Component
class CampaignLog {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final BusinessClock clock;

	CampaignLog(JdbcClient jdbc, AuditTrail audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	void record(long campaignId, String kind, String detail, CurrentUser by) {
		String text = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
		jdbc.sql("insert into modelcity.campaign_event (campaign_id, kind, actor, detail, at) values (:c, :k, :a, :d, :at)")
			.param("c", campaignId).param("k", kind).param("a", by.getUsername()).param("d", text)
			.param("at", Timestamp.from(clock.now())).update();
		audit.record(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, "MODEL_CITY_" + kind,
				"MODEL_CITY_CAMPAIGN", Long.toString(campaignId), AuditOutcome.SUCCESS, text));
	}
}
