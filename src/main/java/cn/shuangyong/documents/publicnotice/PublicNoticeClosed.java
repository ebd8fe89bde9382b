package cn.shuangyong.documents.publicnotice;

import java.time.LocalDate;

/**
 * A 公示 has closed. The owning module hears it (by {@code subjectModule}) and carries its record on, without polling;
 * {@code upheldObjections} counts the objections found to be right.
 */
public record PublicNoticeClosed(long noticeId, String subjectModule, long subjectId, NoticeOutcome outcome,
		String note, int upheldObjections, LocalDate closedOn) {
}
