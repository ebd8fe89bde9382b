package cn.shuangyong.plans;

import java.util.List;

import cn.shuangyong.shared.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pickers group plans by the level of the office that issued them, highest first, keeping the order within. */
class PlanGroupTest {

	@Test
	void groupsByTheIssuingOfficesLevel() {
		List<PlanGroup> groups = PlanGroup.byLevel(List.of(plan(1, "532301"), plan(2, "53"), plan(3, "5323"),
				plan(4, "530102"), plan(5, "5301")));
		assertThat(groups).extracting(PlanGroup::level)
			.containsExactly(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY);
		assertThat(groups.get(1).plans()).extracting(PlanSummary::id).containsExactly(3L, 5L);
		assertThat(groups.get(2).plans()).extracting(PlanSummary::id).containsExactly(1L, 4L);
	}

	@Test
	void givesNoGroupForALevelWithoutPlans() {
		assertThat(PlanGroup.byLevel(List.of(plan(1, "5323")))).extracting(PlanGroup::level)
			.containsExactly(RegionLevel.PREFECTURE);
		assertThat(PlanGroup.byLevel(List.of())).isEmpty();
	}

	private static PlanSummary plan(long id, String region) {
		return new PlanSummary(id, "要点 " + id, 2020, 1, "双拥办", "拥办〔2020〕" + id + "号", region, null, id, null);
	}
}
