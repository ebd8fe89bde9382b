package cn.shuangyong.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.shuangyong.directory.UnitCatalogue.UnitRow;
import cn.shuangyong.shared.RegionLevel;

/**
 * The units every prefecture and county has for 双拥 work, named by the usual pattern from the region's name.
 * Administrators correct a name where a region departs from the pattern: many Yunnan regions merged education with
 * sports (教育体育局), a county's health body is usually a 卫生健康局 where a prefecture's is a 委员会, and a
 * prefecture without a military supply station (军供站) has its entry removed.
 */
final class LocalUnits {

	/** 居民委员会, 村民委员会 and their short forms, which a station's name leaves out. */
	private static final Pattern COMMITTEE = Pattern.compile("(居民委员会|村民委员会|居委会|村委会)$");

	private LocalUnits() {
	}

	static List<UnitRow> prefecture(String code, String name, String militaryDistrict) {
		String shortName = RegionShortName.of(name);
		List<UnitRow> units = new ArrayList<>(common(code, name, shortName));
		units.add(department("civil-affairs", code, name + "民政局", shortName + "民政局"));
		units.add(department("finance", code, name + "财政局", shortName + "财政局"));
		units.add(department("health", code, name + "卫生健康委员会", shortName + "卫健委"));
		units.add(new UnitRow("supply:" + code, name + "军供站", shortName + "军供站", UnitKind.DEPARTMENT,
				"MILITARY_SUPPLY", code, "veterans:" + code));
		if (militaryDistrict != null && !militaryDistrict.isBlank()) {
			units.add(new UnitRow("military:" + code, militaryDistrict, null, UnitKind.MILITARY, null, code, null));
		}
		return units;
	}

	static List<UnitRow> county(String code, String name) {
		String shortName = RegionShortName.of(name);
		List<UnitRow> units = new ArrayList<>(common(code, name, shortName));
		units.add(new UnitRow("military:" + code, name + "人民武装部", shortName + "人武部", UnitKind.MILITARY, null, code,
				null));
		units.add(department("health", code, name + "卫生健康局", shortName + "卫健局"));
		return units;
	}

	/**
	 * A township's station answers to its county's service centre; a village's to its township's station. Prisons,
	 * which the statistics code lists among township-level units, have none.
	 */
	static Optional<UnitRow> station(String code, String name, String parent) {
		if (name.endsWith("监狱")) {
			return Optional.empty();
		}
		String parentKey = RegionLevel.ofCode(parent) == RegionLevel.COUNTY ? "centre:" + parent : "station:" + parent;
		String stationName = COMMITTEE.matcher(name).replaceFirst("") + "退役军人服务站";
		return Optional.of(new UnitRow("station:" + code, stationName, null, UnitKind.SERVICE_STATION, null, code,
				parentKey));
	}

	private static List<UnitRow> common(String code, String name, String shortName) {
		return List.of(
				new UnitRow("office:" + code, name + "双拥工作领导小组办公室", shortName + "双拥办", UnitKind.OFFICE, null,
						code, null),
				new UnitRow("veterans:" + code, name + "退役军人事务局", shortName + "退役军人事务局", UnitKind.DEPARTMENT,
						"VETERANS_AFFAIRS", code, null),
				new UnitRow("centre:" + code, name + "退役军人服务中心", null, UnitKind.SERVICE_CENTRE, null, code,
						"veterans:" + code),
				department("propaganda", code, "中共" + name + "委员会宣传部", shortName + "委宣传部"),
				department("human-resources", code, name + "人力资源和社会保障局", shortName + "人社局"),
				department("education", code, name + "教育体育局", shortName + "教育体育局"),
				department("transport", code, name + "交通运输局", shortName + "交通运输局"),
				department("petitions", code, name + "信访局", shortName + "信访局"));
	}

	private static UnitRow department(String duty, String code, String name, String shortName) {
		return new UnitRow(duty + ":" + code, name, shortName, UnitKind.DEPARTMENT, null, code, null);
	}
}
