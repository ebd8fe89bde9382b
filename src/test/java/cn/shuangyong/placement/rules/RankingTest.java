package cn.shuangyong.placement.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Honour titles first without a score, then the highest score, equal scores by the configured tie-break. */
class RankingTest {

	static final LocalDate DISCHARGED = LocalDate.of(2020, 9, 1);

	@Test
	void placesHonourHoldersFirstThenByScore() {
		Map<Long, Integer> ranks = Ranking.byDefault().rank(List.of(scored(1, "40", 2010, 1990),
				scored(2, "55", 2010, 1990), new Contender(3, true, null, LocalDate.of(2012, 9, 1), DISCHARGED,
						LocalDate.of(1992, 1, 1))));
		assertThat(ranks).containsExactly(Map.entry(3L, 1), Map.entry(2L, 2), Map.entry(1L, 3));
	}

	@Test
	void breaksATieByLongerServiceThenByAgeByDefault() {
		Map<Long, Integer> ranks = Ranking.byDefault().rank(List.of(scored(1, "40", 2012, 1990),
				scored(2, "40", 2010, 1994), scored(3, "40", 2012, 1988)));
		assertThat(ranks).containsExactly(Map.entry(2L, 1), Map.entry(3L, 2), Map.entry(1L, 3));
	}

	@Test
	void followsAConfiguredTieBreak() {
		Ranking olderFirst = Ranking.parse("OLDER,LONGER_SERVICE");
		Map<Long, Integer> ranks = olderFirst.rank(List.of(scored(1, "40", 2012, 1990), scored(2, "40", 2010, 1994)));
		assertThat(ranks).containsExactly(Map.entry(1L, 1), Map.entry(2L, 2));
		assertThat(olderFirst.stored()).isEqualTo("OLDER,LONGER_SERVICE");
	}

	@Test
	void givesEveryoneARankOfTheirOwnAndRefusesTheUnscored() {
		Map<Long, Integer> ranks = Ranking.byDefault().rank(List.of(scored(7, "40", 2012, 1990),
				scored(5, "40", 2012, 1990)));
		assertThat(ranks).containsExactly(Map.entry(5L, 1), Map.entry(7L, 2));
		assertThatThrownBy(() -> Ranking.byDefault().rank(List.of(new Contender(9, false, null,
				LocalDate.of(2012, 9, 1), DISCHARGED, LocalDate.of(1990, 1, 1)))))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("尚未评分");
	}

	private static Contender scored(long id, String score, int enlistedYear, int bornYear) {
		return new Contender(id, false, new BigDecimal(score), LocalDate.of(enlistedYear, 9, 1), DISCHARGED,
				LocalDate.of(bornYear, 1, 1));
	}
}
