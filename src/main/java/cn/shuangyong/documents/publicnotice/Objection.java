package cn.shuangyong.documents.publicnotice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection the public raised during a 公示 (who, what, when, by which channel) and, once answered, whether it was
 * upheld, the reason (what checking found) and the reply given to the objector. {@code upheld} is empty for an
 * objection answered before the 公示 moved to the documents module, when the outcome was not recorded.
 */
public record Objection(long id, long noticeId, LocalDate receivedOn, String objector, String channel, String content,
		String recordedBy, Instant recordedAt, Boolean upheld, String reason, String reply, String answeredBy,
		LocalDate answeredOn) {

	public boolean answered() {
		return reply != null;
	}

	/** How the office names it in a message: 异议 12（2020-09-25 收到）. */
	String label() {
		return "异议 " + id + "（" + receivedOn + " 收到）";
	}
}
