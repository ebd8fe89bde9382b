package cn.shuangyong.documents;

import java.time.Instant;

/** A document sent to a unit, and whether the unit has signed for it (签收). */
public record Receipt(long documentId, String docNumber, String title, long unitId, String regionCode, Instant sentAt,
		Instant signedAt, String signedBy) {

	public boolean signed() {
		return signedAt != null;
	}
}
