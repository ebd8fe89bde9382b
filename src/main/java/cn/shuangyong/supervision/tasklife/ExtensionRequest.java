package cn.shuangyong.supervision.tasklife;

import java.time.Instant;
import java.time.LocalDate;

/** A lead unit's request for a later deadline (延期申请), and the issuing office's answer once given. */
public record ExtensionRequest(long id, long taskId, String taskTitle, String itemNo, long unitId, String unitName,
		String requestedBy, LocalDate currentDeadline, LocalDate requestedDeadline, String reason, State state,
		String decidedBy, String decisionReason, Instant decidedAt, Instant createdAt) {

	public enum State {
		PENDING, APPROVED, REFUSED;

		public String messageKey() {
			return "tasklife.extension.state." + name();
		}
	}

	public boolean pending() {
		return state == State.PENDING;
	}
}
