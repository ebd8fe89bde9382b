package cn.shuangyong.beneficiaries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reading export requests from their table. */
final class ExportRequests {

	static final String SELECT = """
			select id, requested_by, scope_region, filter_region, filter_category, filter_name, format, row_count,
			  reason, status, decided_by, decided_at, created_at from beneficiaries.export_request""";

	private ExportRequests() {
	}

	static ExportRequest row(ResultSet rs, int i) throws SQLException {
		return new ExportRequest(rs.getLong("id"), rs.getString("requested_by"), rs.getString("scope_region"),
				new BeneficiaryFilter(rs.getString("filter_region"), rs.getString("filter_category"),
						rs.getString("filter_name"), null),
				ExportFormat.valueOf(rs.getString("format")), rs.getInt("row_count"), rs.getString("reason"),
				ExportRequest.Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
				instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("created_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
