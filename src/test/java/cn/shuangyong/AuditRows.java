package cn.shuangyong;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit entries written since a test began, read straight from the table. */
public final class AuditRows {

	private final JdbcClient jdbc;

	private final long after;

	private AuditRows(JdbcClient jdbc, long after) {
		this.jdbc = jdbc;
		this.after = after;
	}

	/** Marks the present end of the log; entries written from now on are this object's. */
	public static AuditRows from(JdbcClient jdbc) {
		return new AuditRows(jdbc, jdbc.sql("select coalesce(max(id), 0) from audit.audit_event").query(Long.class).single());
	}

	public List<Row> ofType(String eventType) {
		return jdbc.sql("""
				select actor, source_ip, event_type, object_type, object_id, outcome, detail, occurred_at is not null
				from audit.audit_event where id > :after and event_type = :type order by id""")
			.param("after", after).param("type", eventType)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	public long count(String eventType) {
		return ofType(eventType).size();
	}

	/** One entry: who, from where, what, on what, with what outcome; and whether it carries its time. */
	public record Row(String actor, String sourceIp, String eventType, String objectType, String objectId,
			String outcome, String detail, boolean timed) {
	}
}
