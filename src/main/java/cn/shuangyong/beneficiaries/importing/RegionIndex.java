package cn.shuangyong.beneficiaries.importing;

import java.util.HashMap;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.RegionLevel;

/**
 * The divisions of one province as an import checks them, held in memory for the run (Yunnan has about 16,500): for
 * each code its name, level and the service station that keeps the people living there.
 */
final class RegionIndex {

	record Place(String code, String name, RegionLevel level, Long stationUnitId) {

		String county() {
			return code.substring(0, 6);
		}

		String prefecture() {
			return code.substring(0, 4);
		}
	}

	private final Map<String, Place> places;

	private RegionIndex(Map<String, Place> places) {
		this.places = places;
	}

	/**
	 * A person is kept by the station of their village, else of their township; a person recorded only to the
	 * county has no station yet (the county's service centre keeps them until a township is known).
	 */
	static RegionIndex load(Directory directory, String province) {
		RegionCode root = new RegionCode(province);
		Map<String, UnitId> stations = directory.serviceStationsWithin(root);
		Map<String, Place> places = new HashMap<>();
		for (Region region : directory.regionsWithin(root)) {
			String code = region.code().value();
			UnitId station = stations.get(code);
			if (station == null && region.level() == RegionLevel.VILLAGE) {
				station = stations.get(code.substring(0, 9));
			}
			places.put(code, new Place(code, region.name(), region.level(), station == null ? null : station.value()));
		}
		return new RegionIndex(places);
	}

	Place find(String code) {
		return places.get(code);
	}
}
