package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign as lists, the ranking and the API show it. {@code reviewTotal} counts only once every indicator has a
 * review score ({@link #reviewComplete()}); until then the review is in progress. {@code version} is the campaign's,
 * which a change names.
 */
public record CampaignSummary(long id, int year, String regionCode, String regionName, long candidateUnitId,
		String candidateUnitName, long reviewerUnitId, String reviewerUnitName, CampaignStage stage, long standardId,
		int standardVersion, BigDecimal totalPoints, int indicatorCount, BigDecimal selfTotal, int reviewedCount,
		BigDecimal reviewTotal, boolean vetoed, String namingDocNo, LocalDate namedOn, int version) {

	public boolean reviewComplete() {
		return stage.reviewed() && indicatorCount > 0 && reviewedCount == indicatorCount;
	}

	public String selfText() {
		return selfTotal == null ? "—" : Scores.plain(selfTotal);
	}

	public String reviewText() {
		return reviewTotal == null ? "—" : Scores.plain(reviewTotal);
	}

	public String totalText() {
		return Scores.plain(totalPoints);
	}
}
