package cn.shuangyong.plans;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.RegionLevel;

/**
 * The plans of one level (the province's, the prefectures', the counties'), for pickers: a provincial office sees
 * its own plan and some hundred and fifty forwards, which are found by level.
 */
public record PlanGroup(RegionLevel level, List<PlanSummary> plans) {

	/** The plans grouped by the level of the office that issued them, highest first, each group in the given order. */
	public static List<PlanGroup> byLevel(List<PlanSummary> plans) {
		Map<RegionLevel, List<PlanSummary>> groups = new EnumMap<>(RegionLevel.class);
		for (PlanSummary plan : plans) {
			groups.computeIfAbsent(RegionCode.of(plan.regionCode()).level(), k -> new ArrayList<>()).add(plan);
		}
		return groups.entrySet().stream().map(g -> new PlanGroup(g.getKey(), List.copyOf(g.getValue()))).toList();
	}
}
