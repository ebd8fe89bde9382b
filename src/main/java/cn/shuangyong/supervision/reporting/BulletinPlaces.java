package cn.shuangyong.supervision.reporting;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.RegionLevel;

/**
 * Where a bulletin of an office counts each lead unit, from the directory's region tree: a unit of the office's own
 * region has its own line; a unit below it counts for the region of the next level down that holds it (at the
 * province, its prefecture; at a prefecture, its county).
 *
 * <p>The order is the directory's: regions by their statistics code, which is the official order of Yunnan's
 * prefectures and counties (昆明市, 曲靖市, 玉溪市 … 迪庆州); units in the order the directory lists them (its
 * catalogue, from the province's official list of bodies), which is the order of their ids. Neither is the character
 * code of the names.
 *
 * @param level the issuing office's level
 * @param units each lead unit: its short name as documents use it, its region code and its place in the directory
 * @param regionNames the short names of the regions below the office's, by code
 */
record BulletinPlaces(RegionLevel level, String region, Map<Long, Place> units, Map<String, String> regionNames) {

	record Place(String name, String regionCode, long order) {
	}

	/** The region of the next level down that holds the unit; empty when the unit has a line of its own. */
	Optional<String> regionBelow(long unitId) {
		Place place = units.get(unitId);
		if (place == null || !place.regionCode().startsWith(region) || place.regionCode().equals(region)) {
			return Optional.empty();
		}
		return level.below().map(below -> below.regionOf(place.regionCode()));
	}

	String unitName(long unitId) {
		Place place = units.get(unitId);
		return place == null ? "" : place.name();
	}

	String regionName(String code) {
		return regionNames.getOrDefault(code, code);
	}

	List<Long> unitsInOrder(Collection<Long> ids) {
		return ids.stream()
			.sorted(Comparator.comparingLong((Long id) -> units.containsKey(id) ? units.get(id).order() : id))
			.toList();
	}

	List<String> regionsInOrder(Collection<String> codes) {
		return codes.stream().sorted().toList();
	}
}
