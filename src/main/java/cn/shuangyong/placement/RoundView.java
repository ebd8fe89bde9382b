package cn.shuangyong.placement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A round as its pages, its API and the wall show it: names masked, the called soldier, the posts with places left,
 * and the actions in turn order.
 */
public record RoundView(long id, String regionCode, String regionName, int year, RoundKind kind, String method,
		RoundStage stage, String tieBreak, List<SoldierLine> soldiers, List<PostLine> posts, SoldierLine called,
		List<ActionLine> actions, int turn, int version) {

	/** A soldier's line: masked name, rank, score (null for an honour title), eligibility and what they chose. */
	public record SoldierLine(long id, Integer rank, BigDecimal score, String name, String honour, String citation,
			SoldierState state, Long postId, String postName, boolean proxy, boolean demo) {
	}

	/** A post's line; {@code closedToCalled} says why the soldier called now may not take it (null: open to them). */
	public record PostLine(long id, String unit, PostUnitKind unitKind, String title, String location,
			String requirements, int placesTotal, int placesLeft, String closedToCalled) {
	}

	public record ActionLine(int turn, ActionKind kind, String soldier, Integer rank, String post, String witness,
			String proxy, String reason, OffsetDateTime at) {
	}

	/** The choices made so far, newest first, for the wall. */
	public List<ActionLine> latestFirst() {
		List<ActionLine> latest = new java.util.ArrayList<>(actions);
		java.util.Collections.reverse(latest);
		return latest;
	}

	public int placesLeft() {
		return posts.stream().mapToInt(PostLine::placesLeft).sum();
	}

	public long chosenCount() {
		return soldiers.stream().filter(s -> s.state() == SoldierState.CHOSEN).count();
	}
}
