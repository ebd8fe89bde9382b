package cn.shuangyong.employment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostMatchingTest {

	private static final PostMatching.Wish CHUXIONG_CITY_TEACHER = new PostMatching.Wish("532301", Education.BACHELOR,
			WorkKind.EDUCATION);

	@Test
	void proposesOnlyPostsWhoseEducationSheMeetsAndWhichLieWhereSheWishesToWork() {
		List<PostMatching.Proposal> proposals = PostMatching.propose(CHUXIONG_CITY_TEACHER, List.of(
				offer(1, PostKind.STATE_OWNED, "532301", Education.POSTGRADUATE, WorkKind.EDUCATION, 2),
				offer(2, PostKind.STATE_OWNED, "532302", Education.SENIOR, WorkKind.EDUCATION, 2),
				offer(3, PostKind.PRIVATE, "5301", Education.SENIOR, WorkKind.EDUCATION, 2),
				offer(4, PostKind.PRIVATE, "532301", Education.COLLEGE, WorkKind.SERVICES, 1)));

		assertThat(proposals).extracting(PostMatching.Proposal::postId).containsExactly(4L);
	}

	@Test
	void aPostOfTheWholePrefectureIsOpenToACountyButRanksBelowOneInTheCountyItself() {
		List<PostMatching.Proposal> proposals = PostMatching.propose(CHUXIONG_CITY_TEACHER, List.of(
				offer(7, PostKind.STATE_OWNED, "5323", Education.COLLEGE, WorkKind.EDUCATION, 1),
				offer(8, PostKind.STATE_OWNED, "532301", Education.COLLEGE, WorkKind.EDUCATION, 1)));

		assertThat(proposals).extracting(PostMatching.Proposal::postId).containsExactly(8L, 7L);
		assertThat(proposals.get(0).sameRegion()).isTrue();
		assertThat(proposals.get(1).sameRegion()).isFalse();
	}

	@Test
	void theWishedKindOfWorkRanksFirstThenASetAsidePost() {
		List<PostMatching.Proposal> proposals = PostMatching.propose(CHUXIONG_CITY_TEACHER, List.of(
				offer(1, PostKind.SET_ASIDE, "532301", Education.COLLEGE, WorkKind.ADMINISTRATION, 1),
				offer(2, PostKind.PRIVATE, "532301", Education.COLLEGE, WorkKind.EDUCATION, 1),
				offer(3, PostKind.SET_ASIDE, "532301", Education.COLLEGE, WorkKind.EDUCATION, 1),
				offer(4, PostKind.PRIVATE, "532301", Education.COLLEGE, WorkKind.ADMINISTRATION, 1)));

		assertThat(proposals).extracting(PostMatching.Proposal::postId).containsExactly(3L, 2L, 1L, 4L);
		assertThat(proposals).extracting(PostMatching.Proposal::wishedWork).containsExactly(true, true, false, false);
	}

	@Test
	void aSpouseWishingForTheWholePrefectureIsOfferedItsCountiesPosts() {
		PostMatching.Wish prefecture = new PostMatching.Wish("5323", Education.SENIOR, WorkKind.SERVICES);

		assertThat(PostMatching.propose(prefecture, List.of(
				offer(1, PostKind.PRIVATE, "532302", Education.SENIOR, WorkKind.SERVICES, 3),
				offer(2, PostKind.PRIVATE, "530102", Education.SENIOR, WorkKind.SERVICES, 3))))
			.extracting(PostMatching.Proposal::postId).containsExactly(1L);
	}

	@Test
	void aPostWhoseOpeningsAreAllFilledIsNotProposed() {
		assertThat(PostMatching.propose(CHUXIONG_CITY_TEACHER,
				List.of(offer(1, PostKind.SET_ASIDE, "532301", Education.COLLEGE, WorkKind.EDUCATION, 0)))).isEmpty();
	}

	private static PostMatching.Offer offer(long id, PostKind kind, String region, Education education, WorkKind work,
			int left) {
		return new PostMatching.Offer(id, kind, region, education, work, left);
	}
}
