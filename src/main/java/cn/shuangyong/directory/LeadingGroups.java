package cn.shuangyong.directory;

import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One 双拥工作领导小组 at the province, each prefecture and each county. The province's members are the units its
 * catalogue marks as members; a prefecture's or county's are its departments and its military unit.
 */
final class LeadingGroups {

	private LeadingGroups() {
	}

	static void create(JdbcTemplate jdbc, List<Map<String, String>> regions, List<String> provincialMemberKeys) {
		List<Object[]> groups = regions.stream()
			.filter(r -> RegionLevel.valueOf(r.get("level")).ordinal() <= RegionLevel.COUNTY.ordinal())
			.map(r -> new Object[] { r.get("name") + "双拥工作领导小组", r.get("code"),
					RegionLevel.valueOf(r.get("level")) == RegionLevel.PROVINCE ? "yn-office" : "office:" + r.get("code") })
			.toList();
		jdbc.batchUpdate("""
				insert into directory.leading_group (name, region_code, office_unit_id)
				values (?, ?, (select id from directory.unit where catalogue_key = ?))""", groups);
		jdbc.update("""
				insert into directory.leading_group_member (leading_group_id, unit_id)
				select g.id, u.id from directory.leading_group g
				join directory.unit u on u.region_code = g.region_code
				where length(g.region_code) > %d and u.kind in ('DEPARTMENT', 'MILITARY')"""
			.formatted(RegionLevel.PROVINCE.codeLength()));
		jdbc.batchUpdate("""
				insert into directory.leading_group_member (leading_group_id, unit_id)
				select g.id, u.id from directory.leading_group g, directory.unit u
				where g.region_code = '53' and u.catalogue_key = ?""",
				provincialMemberKeys.stream().map(key -> new Object[] { key }).toList());
	}
}
