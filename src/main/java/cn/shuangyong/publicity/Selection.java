package cn.shuangyong.publicity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shuangyong.documents.publicnotice.NoticeOutcome;
import cn.shuangyong.documents.publicnotice.PublicNotice;
import cn.shuangyong.shared.ConflictException;

/**
 * An exemplar selection and the rules of its moves: nominations and reviews only while nominating; the 公示 only when
 * every nominee is reviewed, some are approved and no region has more approved than its places; naming only after
 * the 公示 has closed and confirmed them.
 */
public record Selection(long id, String honour, int year, String regionCode, long officeUnitId, String rules,
		SelectionStage stage, String namingDoc, LocalDate namedOn, int version) {

	void requireNominating() {
		if (stage != SelectionStage.NOMINATING) {
			throw new ConflictException("本次评选的推荐已经结束，不能再推荐或初审");
		}
	}

	/** A nominee may be approved only while nominating; rejected also during the 公示 (after an upheld objection). */
	void requireReviewable(boolean approve) {
		if (stage == SelectionStage.NAMED || approve && stage != SelectionStage.NOMINATING) {
			throw new ConflictException(approve ? "公示开始后不能再审核通过候选人" : "评选已经命名，不能再改变审核结果");
		}
	}

	/** The nominees must all be reviewed, some approved, and the approved of each region within its places. */
	void requireReadyForNotice(List<Nominee> nominees, Map<String, Integer> quotas) {
		requireNominating();
		if (nominees.stream().anyMatch(n -> n.state() == NomineeState.NOMINATED)) {
			throw new ConflictException("还有候选人未审核，审核完毕后才能公示");
		}
		if (nominees.stream().noneMatch(n -> n.state() == NomineeState.APPROVED)) {
			throw new ConflictException("没有审核通过的候选人，不能公示");
		}
		quotas.forEach((region, quota) -> {
			long approved = nominees.stream()
				.filter(n -> n.state() == NomineeState.APPROVED && n.quotaRegion().equals(region)).count();
			if (approved > quota) {
				throw new ConflictException("地区 " + region + " 审核通过 " + approved + " 人，超过名额 " + quota + " 人");
			}
		});
	}

	/** Naming follows a 公示 that has closed and confirmed the nominees. */
	void requireNameable(PublicNotice notice) {
		if (stage == SelectionStage.NAMED) {
			throw new ConflictException("本次评选已经命名");
		}
		if (stage != SelectionStage.NOTICE || notice == null) {
			throw new ConflictException("评选尚未公示，不能命名");
		}
		if (notice.running() || notice.outcome() == null) {
			throw new ConflictException("公示期（" + notice.period() + "）尚未结束或尚未办结异议，不能命名");
		}
		if (notice.outcome() != NoticeOutcome.CONFIRMED) {
			throw new ConflictException("公示未通过，不能命名");
		}
	}
}
