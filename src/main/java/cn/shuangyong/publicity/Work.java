package cn.shuangyong.publicity;

import java.time.LocalDate;

import cn.shuangyong.shared.ConflictException;

/**
 * A submitted work as stored. The review moves are guarded here: only a work waiting for review is accepted or
 * returned, and a return carries its reason.
 */
public record Work(long id, WorkKind kind, String title, long authorUnitId, String regionCode, String medium,
		LocalDate publishedOn, String link, StoredFile file, long itemId, String reviewerRegion, WorkState state,
		String returnReason, String national, String nationalOutcome, int version) {

	/** The file kept with a work, if any. */
	public record StoredFile(String storedName, String name, long size, String mediaType) {
	}

	Work accepted() {
		if (!state.reviewable()) {
			throw new ConflictException("只有待审核的作品可以采用");
		}
		return with(WorkState.ACCEPTED, null);
	}

	Work returned(String reason) {
		if (!state.reviewable()) {
			throw new ConflictException("只有待审核的作品可以退回");
		}
		return with(WorkState.RETURNED, reason);
	}

	private Work with(WorkState next, String reason) {
		return new Work(id, kind, title, authorUnitId, regionCode, medium, publishedOn, link, file, itemId,
				reviewerRegion, next, reason, national, nationalOutcome, version);
	}
}
