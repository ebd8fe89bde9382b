package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records a campaign page shows beside its scores. */
public final class CampaignRecords {

	private CampaignRecords() {
	}

	/** One indicator's line of the score sheet. */
	public record ScoreRow(String areaCode, String areaTitle, long indicatorId, String code, String title,
			BigDecimal points, String requiredEvidence, String scoring, List<String> subpoints, BigDecimal selfScore,
			String evidenceText, BigDecimal reviewScore, String reviewComment, List<EvidenceFile> files) {

		public String pointsText() {
			return Scores.plain(points);
		}

		public String selfText() {
			return selfScore == null ? "" : Scores.plain(selfScore);
		}

		public String reviewText() {
			return reviewScore == null ? "" : Scores.plain(reviewScore);
		}
	}

	public record EvidenceFile(long id, long indicatorId, String name, EvidenceType type, long size, String uploadedBy,
			Instant uploadedAt) {
	}

	public record SiteVisit(long id, LocalDate visitedOn, String place, String members, String findings,
			String recordedBy) {
	}

	public record VetoFinding(long vetoItemId, String item, String grounds, String foundBy, Instant foundAt) {
	}

	public record Objection(long id, LocalDate receivedOn, String objector, String channel, String content,
			String recordedBy, Instant recordedAt, String handling, String answer, String answeredBy, LocalDate answeredOn,
			Boolean upheld) {

		public boolean answered() {
			return answer != null;
		}
	}

	/** The 公示's announcing document (empty for a 公示 run before announcements were numbered) and working days. */
	public record Announcement(String docNumber, int workingDays) {
	}

	public record YearlyCheck(int year, boolean passed, String notes, String checkedBy, LocalDate checkedOn) {
	}

	public record Event(String kind, String actor, String detail, Instant at) {
	}
}
