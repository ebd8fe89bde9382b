package cn.shuangyong.publicity;

import java.time.LocalDate;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A submitted work as stored. The review moves are guarded here: only a work waiting for review is accepted or
 * returned, a return carries its reason, and only a returned work is corrected and sent again.
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

	/**
	 * The work as corrected after a return, going back for review: the reason is cleared (the history keeps it), and
	 * a link or a file must remain. {@code file} is the newly kept file, or null to keep the old one.
	 */
	Work corrected(WorkCorrection correction, StoredFile newFile) {
		if (!state.resubmittable()) {
			throw new ConflictException("只有被退回的作品可以修改后重新报送");
		}
		StoredFile kept = newFile == null ? file : newFile;
		if (correction.link() == null && kept == null) {
			throw new InvalidInputException("作品须附链接或上传文件，二者至少其一");
		}
		return new Work(id, kind, correction.title(), authorUnitId, regionCode, correction.medium(),
				correction.publishedOn(), correction.link(), kept, itemId, reviewerRegion, WorkState.SUBMITTED, null,
				national, nationalOutcome, version);
	}

	/** What a correction changed, as the history notes it: the fields by their Chinese names. */
	String changesTo(Work corrected) {
		java.util.List<String> changes = new java.util.ArrayList<>();
		if (!title.equals(corrected.title)) {
			changes.add("作品标题改为“" + corrected.title + "”");
		}
		if (!medium.equals(corrected.medium)) {
			changes.add("刊播媒体改为“" + corrected.medium + "”");
		}
		if (!publishedOn.equals(corrected.publishedOn)) {
			changes.add("刊播日期改为 " + corrected.publishedOn);
		}
		if (!java.util.Objects.equals(link, corrected.link)) {
			changes.add(corrected.link == null ? "删除作品链接" : "作品链接改为 " + corrected.link);
		}
		if (corrected.file != file) {
			changes.add("更换作品文件为“" + corrected.file.name() + "”");
		}
		return changes.isEmpty() ? "未修改内容" : String.join("；", changes);
	}

	private Work with(WorkState next, String reason) {
		return new Work(id, kind, title, authorUnitId, regionCode, medium, publishedOn, link, file, itemId,
				reviewerRegion, next, reason, national, nationalOutcome, version);
	}
}
