package cn.shuangyong.beneficiaries;

import java.time.Instant;

/** A request to export more rows than may leave without approval, and what became of it. */
public record ExportRequest(long id, String requestedBy, String scopeRegion, BeneficiaryFilter filter,
		ExportFormat format, int rowCount, String reason, Status status, String decidedBy, Instant decidedAt,
		Instant createdAt) {

	public enum Status {
		PENDING("待审批"), APPROVED("已批准，待下载"), REJECTED("未批准"), DOWNLOADED("已下载");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
