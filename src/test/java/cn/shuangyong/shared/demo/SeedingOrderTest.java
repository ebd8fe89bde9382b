package cn.shuangyong.shared.demo;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedingOrderTest {

	@Test
	void eachSeederComesAfterWhatItNeedsAndWhatMoreNeedGoesFirstWhateverOrderTheyArriveIn() {
		List<DemoSeeder> seeders = List.of(seeder("honours", "people"), seeder("dual-list", "accounts", "plan"),
				seeder("plan", "accounts"), seeder("people"), seeder("accounts"));
		List<String> order = SeedingOrder.of(seeders).stream().map(DemoSeeder::name).toList();
		assertThat(order).containsExactly("accounts", "people", "plan", "dual-list", "honours");
		List<DemoSeeder> reversed = List.of(seeders.get(4), seeders.get(3), seeders.get(2), seeders.get(1),
				seeders.get(0));
		assertThat(SeedingOrder.of(reversed).stream().map(DemoSeeder::name).toList()).isEqualTo(order);
	}

	@Test
	void aCycleAnUnknownNeedOrTwoSeedersOfOneNameStopTheStart() {
		assertThatThrownBy(() -> SeedingOrder.of(List.of(seeder("a", "b"), seeder("b", "c"), seeder("c", "a"))))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("成环");
		assertThatThrownBy(() -> SeedingOrder.of(List.of(seeder("plan", "accounts"))))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("accounts 不存在");
		assertThatThrownBy(() -> SeedingOrder.of(List.of(seeder("plan"), seeder("plan"))))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("两个名为 plan");
	}

	private static DemoSeeder seeder(String name, String... needs) {
		return new DemoSeeder() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public Set<String> needs() {
				return Set.of(needs);
			}

			@Override
			public void seed() {
			}
		};
	}
}
