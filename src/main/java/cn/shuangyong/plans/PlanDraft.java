package cn.shuangyong.plans;

import java.time.Instant;

/** A notice read into a draft, awaiting review and publishing by the office that uploaded it. */
public record PlanDraft(long id, String fileName, String sourceText, DraftContent content, long ownerUnitId,
		String ownerRegion, String createdBy, Instant createdAt, Instant publishedAt, int version) {

	public boolean published() {
		return publishedAt != null;
	}
}
