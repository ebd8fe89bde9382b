package cn.shuangyong.stations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.RegionLevel;

/**
 * How far the 五有 standard covers one level of the network: how many offices or stations the level has (one per
 * region), how many have a record, how many meet all five and how many of those the county confirmed.
 */
public record LevelCoverage(RegionLevel level, int stations, int recorded, int complete, int confirmed) {

	/** The share of the level's stations that meet all five, in per cent, one decimal. */
	public double rate() {
		return stations == 0 ? 0 : Math.round(complete * 1000.0 / stations) / 10.0;
	}

	/** One line per level from the scope's level down to the village, from the counts of regions and records. */
	static List<LevelCoverage> of(RegionLevel from, Map<RegionLevel, Integer> stations, List<FiveHasRecord> records) {
		List<LevelCoverage> lines = new ArrayList<>();
		for (RegionLevel level : RegionLevel.values()) {
			if (level.compareTo(from) < 0) {
				continue;
			}
			List<FiveHasRecord> at = records.stream().filter(r -> r.level() == level && !r.office()).toList();
			lines.add(new LevelCoverage(level, stations.getOrDefault(level, 0), at.size(),
					(int) at.stream().filter(r -> r.criteria().complete()).count(),
					(int) at.stream().filter(r -> r.criteria().complete() && r.confirmed()).count()));
		}
		return lines;
	}
}
