package cn.shuangyong.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units of the reference directory. The province's come from {@code units-53.csv} by their official names; at
 * each prefecture and county the standing pattern of a 双拥 system is laid out from the region's name: the 双拥办,
 * the leading group with its usual members, the veterans affairs department, the military district or 人武部, the
 * service centre; a 退役军人服务站 at every township and village.
 */
@Component
class UnitCatalogue {

	private static final String INSERT_UNIT = """
			insert into directory.unit (catalogue_key, name, short_name, kind, duty, region_code)
			values (?, ?, ?, ?, ?, ?)""";

	/** Parents are set once every unit exists, so the files need not list a parent before its children. */
	private static final String SET_PARENT = """
			update directory.unit set parent_id = (select p.id from directory.unit p where p.catalogue_key = ?)
			where catalogue_key = ?""";

	private final JdbcTemplate jdbc;

	UnitCatalogue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load(List<Map<String, String>> regions) {
		List<UnitRow> rows = new ArrayList<>(provincialUnits());
		Map<String, String> districts = militaryDistricts();
		for (Map<String, String> region : regions) {
			String code = region.get("code");
			String name = region.get("name");
			switch (RegionLevel.valueOf(region.get("level"))) {
				case PROVINCE -> {
				}
				case PREFECTURE -> rows.addAll(LocalUnits.prefecture(code, name, districts.get(code)));
				case COUNTY -> rows.addAll(LocalUnits.county(code, name));
				case TOWNSHIP, VILLAGE -> LocalUnits.station(code, name, region.get("parent")).ifPresent(rows::add);
			}
		}
		batch(INSERT_UNIT, rows.stream().map(UnitRow::parameters).toList());
		batch(SET_PARENT, rows.stream().filter(r -> r.parentKey() != null)
			.map(r -> new Object[] { r.parentKey(), r.key() }).toList());
		LeadingGroups.create(jdbc, regions, provincialMemberKeys());
		PhraseCatalogue.load(jdbc);
	}

	private static List<UnitRow> provincialUnits() {
		return CatalogueFile.read("directory/units-53.csv").rows().stream()
			.map(r -> new UnitRow(r.get("key"), r.get("name"), emptyToNull(r.get("shortName")),
					UnitKind.valueOf(r.get("kind")), dutyOf(r.get("name"), UnitKind.valueOf(r.get("kind"))),
					r.get("regionCode"), emptyToNull(r.get("parentKey"))))
			.toList();
	}

	private static List<String> provincialMemberKeys() {
		return CatalogueFile.read("directory/units-53.csv").rows().stream()
			.filter(r -> Boolean.parseBoolean(r.get("provincialMember")))
			.map(r -> r.get("key"))
			.toList();
	}

	private static Map<String, String> militaryDistricts() {
		Map<String, String> districts = new java.util.HashMap<>();
		CatalogueFile.read("directory/military-districts-53.csv").rows()
			.forEach(r -> districts.put(r.get("prefectureCode"), r.get("name")));
		return districts;
	}

	static String dutyOf(String name, UnitKind kind) {
		return kind == UnitKind.DEPARTMENT && name.contains("退役军人事务") ? "VETERANS_AFFAIRS" : null;
	}

	private static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 1000) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

	/** One unit to insert; {@code parentKey} names the catalogue key of its parent. */
	record UnitRow(String key, String name, String shortName, UnitKind kind, String duty, String regionCode,
			String parentKey) {

		Object[] parameters() {
			return Arrays.asList(key, name, shortName, kind.name(), duty, regionCode).toArray();
		}
	}
}
