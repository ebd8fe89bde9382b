package cn.shuangyong.shared;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

	@Test
	void clampsOutOfRangeValuesInsteadOfRefusingThem() {
		assertThat(new Paging(-3, -1)).isEqualTo(new Paging(0, 1));
		assertThat(new Paging(2, 0)).isEqualTo(new Paging(2, 1));
		assertThat(new Paging(0, 100_000).size()).isEqualTo(Paging.MAX_SIZE).isGreaterThanOrEqualTo(500);
	}

	@Test
	void missingValuesReadTheFirstPageOfTheDefaultSize() {
		assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, Paging.DEFAULT_SIZE));
		assertThat(Paging.of(3, null)).isEqualTo(new Paging(3, Paging.DEFAULT_SIZE));
	}

	@Test
	void countsPagesFromZero() {
		Paging third = new Paging(2, 20);
		assertThat(third.offset()).isEqualTo(40);
		ListPage<String> page = third.of(List.of("a"), 41);
		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(page.hasPrevious()).isTrue();
		assertThat(page.hasNext()).isFalse();
		assertThat(new Paging(0, 20).of(List.of(), 0).totalPages()).isZero();
	}

	@Test
	void slicesAListReadWholeWithoutOverlapOrGap() {
		List<Integer> all = IntStream.range(0, 45).boxed().toList();
		ListPage<Integer> second = new Paging(1, 20).slice(all);
		assertThat(second.content()).containsExactlyElementsOf(all.subList(20, 40));
		assertThat(second.totalElements()).isEqualTo(45);
		assertThat(new Paging(2, 20).slice(all).content()).containsExactlyElementsOf(all.subList(40, 45));
		assertThat(new Paging(9, 20).slice(all).content()).isEmpty();
	}

	@Test
	void mapsTheRowsAndKeepsTheCounts() {
		ListPage<Integer> mapped = new Paging(1, 2).of(List.of("a", "bb"), 7).map(String::length);
		assertThat(mapped).isEqualTo(new ListPage<>(List.of(1, 2), 7, 1, 2));
	}
}
