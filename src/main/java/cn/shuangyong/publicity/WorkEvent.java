package cn.shuangyong.publicity;

import java.time.OffsetDateTime;

/**
 * One step in a work's history: who submitted, returned (with the reason), resubmitted after correcting (with what
 * changed) or accepted it, and when. A work returned twice shows both reasons, which the work itself no longer holds.
 */
public record WorkEvent(Action action, String by, OffsetDateTime at, String note) {

	public enum Action {

		SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED;

		public String messageKey() {
			return "publicity.history." + name();
		}
	}
}
