package cn.shuangyong.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a unit with its parent, children, leading groups and aliases for the unit page. */
@Service
@Transactional(readOnly = true)
public class UnitDetailsQuery {

	private final JdbcClient jdbc;

	private final Directory directory;

	UnitDetailsQuery(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public Optional<UnitDetails> find(UnitId id) {
		return directory.unit(id).map(this::details);
	}

	private UnitDetails details(Unit unit) {
		long id = unit.id().value();
		record Row(String address, String phone, int version, Long parentId) {
		}
		Row row = jdbc.sql("select address, phone, version, parent_id from directory.unit where id = :id").param("id", id)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), (Long) rs.getObject(4))).single();
		Unit parent = row.parentId() == null ? null : directory.unit(new UnitId(row.parentId())).orElse(null);
		List<Unit> children = directory.units(jdbc.sql("select id from directory.unit where parent_id = :id order by id")
			.param("id", id).query((rs, i) -> new UnitId(rs.getLong(1))).list());
		List<UnitDetails.GroupRef> memberOf = jdbc.sql("""
				select g.id, g.name, g.region_code from directory.leading_group g
				join directory.leading_group_member m on m.leading_group_id = g.id
				where m.unit_id = :id order by length(g.region_code), g.region_code""")
			.param("id", id).query(UnitDetailsQuery::group).list();
		Optional<UnitDetails.GroupRef> officeOf = jdbc.sql(
				"select id, name, region_code from directory.leading_group where office_unit_id = :id")
			.param("id", id).query(UnitDetailsQuery::group).optional();
		List<Unit> members = officeOf.map(g -> directory.units(jdbc.sql(
				"select unit_id from directory.leading_group_member where leading_group_id = :g order by unit_id")
			.param("g", g.id()).query((rs, i) -> new UnitId(rs.getLong(1))).list())).orElse(List.of());
		List<UnitDetails.Alias> aliases = jdbc.sql(
				"select id, phrase, scope_region from directory.phrase where unit_id = :id order by phrase")
			.param("id", id)
			.query((rs, i) -> new UnitDetails.Alias(rs.getLong(1), rs.getString(2), new RegionCode(rs.getString(3))))
			.list();
		return new UnitDetails(unit, row.address(), row.phone(), row.version(), parent,
				directory.lineage(unit.regionCode()), children, memberOf, officeOf.orElse(null), members, aliases);
	}

	private static UnitDetails.GroupRef group(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new UnitDetails.GroupRef(rs.getLong(1), rs.getString(2), new RegionCode(rs.getString(3)));
	}
}
