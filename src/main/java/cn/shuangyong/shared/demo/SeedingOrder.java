package cn.shuangyong.shared.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seeders sorted so that each comes after the ones it needs (a topological sort). Among seeders free to go, the
 * one more others need goes first, then by name, so the order is the same on every start: what others build on is
 * there early (the plan's tasks get their history while the rest is loaded). A need no seeder answers, two seeders of one name, or a cycle is a
 * mistake in the code, and the platform refuses to start with it.
 */
final class SeedingOrder {

	private SeedingOrder() {
	}

	static List<DemoSeeder> of(List<DemoSeeder> seeders) {
		Map<String, DemoSeeder> byName = new HashMap<>();
		for (DemoSeeder seeder : seeders) {
			if (byName.put(seeder.name(), seeder) != null) {
				throw new IllegalStateException("演示数据：有两个名为 " + seeder.name() + " 的种子");
			}
		}
		for (DemoSeeder seeder : seeders) {
			for (String need : seeder.needs()) {
				if (!byName.containsKey(need)) {
					throw new IllegalStateException("演示数据：" + seeder.name() + " 需要的 " + need + " 不存在");
				}
			}
		}
		List<DemoSeeder> sorted = new ArrayList<>();
		Set<String> done = new LinkedHashSet<>();
		List<DemoSeeder> waiting = new ArrayList<>(seeders);
		Map<String, Long> needed = new HashMap<>();
		seeders.forEach(s -> s.needs().forEach(n -> needed.merge(n, 1L, Long::sum)));
		waiting.sort(Comparator.<DemoSeeder>comparingLong(s -> -needed.getOrDefault(s.name(), 0L))
			.thenComparing(DemoSeeder::name));
		while (!waiting.isEmpty()) {
			DemoSeeder next = waiting.stream().filter(s -> done.containsAll(s.needs())).findFirst()
				.orElseThrow(() -> new IllegalStateException("演示数据：种子的依赖成环：" + waiting.stream()
					.map(s -> s.name() + " 需要 " + s.needs()).toList()));
			waiting.remove(next);
			done.add(next.name());
			sorted.add(next);
		}
		return sorted;
	}
}
