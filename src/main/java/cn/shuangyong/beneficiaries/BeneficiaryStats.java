package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts for a region: people by category in the set in force on {@code asOf}, people and households in all, and the
 * same totals for each region one level down (prefectures of the province, counties of a prefecture …).
 * A person holding several categories counts once in each.
 */
public record BeneficiaryStats(String region, String regionName, LocalDate asOf, List<CategoryCount> byCategory,
		long people, long households, List<RegionCount> regions) {

	public record CategoryCount(String code, String label, long people) {
	}

	public record RegionCount(String code, String name, long people, long households) {
	}
}
