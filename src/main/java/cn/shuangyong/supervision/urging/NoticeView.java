package cn.shuangyong.supervision.urging;

import java.time.Instant;
import java.time.LocalDate;

/** A notice (提醒、催办、督办) as issued: its number, who it went to, and its text. */
public record NoticeView(long id, long taskId, String itemNo, NoticeKind kind, String docNumber, long issuerUnitId,
		String issuerName, String title, String addressees, String copied, String body, LocalDate deadline,
		int daysOverdue, LocalDate replyBy, LocalDate issuedOn, String issuedBy, boolean byHand, Instant createdAt) {
}
