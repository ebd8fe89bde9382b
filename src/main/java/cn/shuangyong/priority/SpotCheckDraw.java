package cn.shuangyong.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Choosing places for spot checks at random so that anyone can repeat the draw: the candidates in order of their id,
 * shuffled by {@link java.util.Random} from the recorded seed. Random's algorithm is fixed by its specification
 * (the same seed gives the same numbers on every Java), so the seed, the number asked and the candidates are enough
 * to show afterwards that the choice was not steered.
 */
public record SpotCheckDraw(long seed, int requested, List<Long> candidates) {

	public SpotCheckDraw {
		if (requested < 1) {
			throw new IllegalArgumentException("a draw chooses at least one place");
		}
		candidates = candidates.stream().sorted().distinct().toList();
	}

	/** The chosen places, in the order drawn; all candidates when fewer than asked. */
	public List<Long> chosen() {
		List<Long> pool = new ArrayList<>(candidates);
		Random random = new Random(seed);
		int count = Math.min(requested, pool.size());
		// A partial Fisher-Yates shuffle: the first `count` positions take one uniformly chosen place each.
		for (int i = 0; i < count; i++) {
			int j = i + random.nextInt(pool.size() - i);
			Long swap = pool.get(i);
			pool.set(i, pool.get(j));
			pool.set(j, swap);
		}
		return List.copyOf(pool.subList(0, count));
	}
}
