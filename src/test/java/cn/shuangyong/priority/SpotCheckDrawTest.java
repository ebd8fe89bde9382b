package cn.shuangyong.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SpotCheckDrawTest {

	private static final List<Long> PLACES = LongStream.rangeClosed(1, 20).boxed().toList();

	@Test
	void theSameSeedDrawsTheSamePlacesWhateverOrderTheCandidatesCameIn() {
		List<Long> shuffled = new ArrayList<>(PLACES);
		Collections.shuffle(shuffled);
		assertThat(new SpotCheckDraw(2020, 5, shuffled).chosen()).isEqualTo(new SpotCheckDraw(2020, 5, PLACES).chosen());
	}

	@Test
	void theDrawIsFixedByTheSeedSoItCanBeRepeatedYearsLater() {
		// java.util.Random's sequence is part of its specification: a recorded draw must give these places forever.
		assertThat(new SpotCheckDraw(20200801L, 3, PLACES).chosen()).containsExactly(14L, 13L, 6L);
	}

	@Test
	void differentSeedsDrawDifferently() {
		assertThat(new SpotCheckDraw(1, 5, PLACES).chosen()).isNotEqualTo(new SpotCheckDraw(2, 5, PLACES).chosen());
	}

	@Test
	void choosesDistinctCandidatesAndNoMoreThanThereAre() {
		List<Long> chosen = new SpotCheckDraw(7, 8, PLACES).chosen();
		assertThat(new HashSet<>(chosen)).hasSize(8);
		assertThat(PLACES).containsAll(chosen);
		assertThat(new SpotCheckDraw(7, 50, List.of(3L, 1L, 2L)).chosen()).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void refusesADrawOfNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SpotCheckDraw(7, 0, PLACES));
	}
}
