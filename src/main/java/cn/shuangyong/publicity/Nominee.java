package cn.shuangyong.publicity;

/**
 * A person or unit nominated in a selection: where they are, the region whose places they take ({@code quotaRegion}),
 * the nominating unit, the registry person when linked, their story and honours, and the office's review.
 */
public record Nominee(long id, long selectionId, String name, String regionCode, String quotaRegion,
		long nominatingUnitId, Long personId, String story, String honours, NomineeState state, String reviewNote,
		int version) {
}
