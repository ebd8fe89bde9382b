package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class TargetsTest {

	@Test
	void readsAPerLevelMinimumForEachThingListed() {
		List<QuantitativeTarget> targets = Targets.find("积极参加展播活动，各县（市、区）征文、短视频各不少于2篇（部），集中反映风貌。");

		assertThat(targets).containsExactly(new QuantitativeTarget("各县（市、区）征文、短视频各不少于2篇（部）", "县（市、区）",
				List.of(new TargetCount("征文", new BigDecimal("2"), "篇"), new TargetCount("短视频", new BigDecimal("2"), "部"))));
	}

	@Test
	void readsAMinimumWithoutALevel() {
		List<QuantitativeTarget> targets = Targets.find("全年举办专场招聘会不少于三场。");

		assertThat(targets).singleElement().satisfies(t -> {
			assertThat(t.per()).isNull();
			assertThat(t.counts()).containsExactly(new TargetCount("举办专场招聘会", new BigDecimal("3"), "场"));
		});
	}

	@Test
	void readsTheThingCountedAfterTheMinimum() {
		assertThat(Targets.find("每个乡镇至少建成1个退役军人服务站。")).singleElement().satisfies(t -> {
			assertThat(t.per()).isEqualTo("乡镇");
			assertThat(t.counts()).containsExactly(new TargetCount("退役军人服务站", new BigDecimal("1"), "个"));
		});
	}

	@Test
	void countsTheThingAfterTheNumberWhenAFrequencyComesBeforeIt() {
		assertThat(Targets.find("各县市每年至少开展2次国防教育活动。")).singleElement().satisfies(t -> {
			assertThat(t.per()).isEqualTo("县市");
			assertThat(t.counts()).containsExactly(new TargetCount("国防教育活动", new BigDecimal("2"), "次"));
		});
	}

	@Test
	void readsNOrMoreAsAMinimum() {
		assertThat(Targets.find("光荣牌悬挂率达到95%以上")).singleElement()
			.satisfies(t -> assertThat(t.counts()).extracting(TargetCount::min, TargetCount::unit)
				.containsExactly(tuple(new BigDecimal("95"), "%")));
	}

	@Test
	void findsNoTargetInRanksOrOrdinals() {
		assertThat(Targets.find("对获得个人三等功以上荣誉的现役军人家庭送立功喜报，争取第27年率先完成")).isEmpty();
	}
}
