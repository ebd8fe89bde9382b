package cn.shuangyong.employment;

/** A post offered to military spouses, with its employer by name and how many of its openings are filled. */
public record JobPost(long id, PostKind kind, String title, String employer, Education minEducation,
		WorkKind workKind, int openings, int hired, String regionCode, String regionName, UnitRef offeredBy, Long fairId,
		boolean open) {

	/** A post the matching proposes for a need, with its score and what made it fit. */
	public record Proposed(JobPost post, int score, boolean sameRegion, boolean wishedWork) {
	}
}
