package cn.shuangyong.employment;

import java.util.Comparator;
import java.util.List;

/**
 * Which open posts to propose for a need, best first. A post is proposed only where the spouse can take it: her
 * education meets what it asks, and it lies where she wishes to work (in her wished region, or in the region above it
 * whose posts are open to the whole of it). Among those, a post in exactly her region ranks above one elsewhere in it,
 * a post of the kind of work she wished for above one that is not, and a post set aside for military spouses above
 * others. An officer confirms the proposal; nothing is matched without one.
 */
final class PostMatching {

	private PostMatching() {
	}

	static List<Proposal> propose(Wish wish, List<Offer> posts) {
		return posts.stream().filter(p -> p.openingsLeft() > 0 && wish.education().meets(p.minEducation()))
			.filter(p -> covers(p.regionCode(), wish.regionCode()) || covers(wish.regionCode(), p.regionCode()))
			.map(p -> new Proposal(p.postId(), score(wish, p), p.regionCode().equals(wish.regionCode()),
					p.workKind() == wish.workKind()))
			.sorted(Comparator.comparingInt(Proposal::score).reversed().thenComparingLong(Proposal::postId))
			.toList();
	}

	private static int score(Wish wish, Offer post) {
		int region = post.regionCode().equals(wish.regionCode()) ? 3 : covers(wish.regionCode(), post.regionCode()) ? 2 : 1;
		int work = post.workKind() == wish.workKind() ? 3 : 0;
		int kind = post.kind() == PostKind.SET_ASIDE ? 1 : 0;
		return region + work + kind;
	}

	private static boolean covers(String above, String below) {
		return below.startsWith(above);
	}

	/** What a need asks for. */
	record Wish(String regionCode, Education education, WorkKind workKind) {
	}

	/** What a post offers, and how many of its openings are not yet filled. */
	record Offer(long postId, PostKind kind, String regionCode, Education minEducation, WorkKind workKind,
			int openingsLeft) {
	}

	/** A post proposed for a need, with what made it fit. */
	record Proposal(long postId, int score, boolean sameRegion, boolean wishedWork) {
	}
}
