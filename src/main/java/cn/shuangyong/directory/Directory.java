package cn.shuangyong.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as other modules and the pages read it. The directory of units is readable by every signed-in user;
 * staff contact details are not kept here but with the accounts, under data scope.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private static final String UNIT_COLUMNS = "u.id, u.name, u.short_name, u.kind, u.region_code";

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> region(RegionCode code) {
		return jdbc.sql("select code, name, level, parent_code from directory.region where code = :code")
			.param("code", code.value()).query(Directory::region).optional();
	}

	public List<Region> children(RegionCode code) {
		return jdbc.sql("select code, name, level, parent_code from directory.region where parent_code = :code order by code")
			.param("code", code.value()).query(Directory::region).list();
	}

	/** The region and every region above it, the province first. */
	public List<Region> lineage(RegionCode code) {
		List<String> codes = new ArrayList<>();
		for (RegionLevel level : RegionLevel.values()) {
			if (level.codeLength() <= code.value().length()) {
				codes.add(code.value().substring(0, level.codeLength()));
			}
		}
		return jdbc.sql("select code, name, level, parent_code from directory.region where code in (:codes) order by length(code)")
			.param("codes", codes).query(Directory::region).list();
	}

	/** The region and every region below it, in code order: for bulk work that checks many codes at once. */
	public List<Region> regionsWithin(RegionCode root) {
		return subtree(root)
			.bind(jdbc.sql("select code, name, level, parent_code from directory.region where code like :scope order by code"))
			.query(Directory::region).list();
	}

	/** The service station of each township and village below a region that has one, by the region's code. */
	public java.util.Map<String, UnitId> serviceStationsWithin(RegionCode root) {
		java.util.Map<String, UnitId> stations = new java.util.HashMap<>();
		subtree(root)
			.bind(jdbc.sql("select region_code, id from directory.unit where kind = 'SERVICE_STATION' and region_code like :scope order by id"))
			.query(rs -> {
				stations.putIfAbsent(rs.getString(1), new UnitId(rs.getLong(2)));
			});
		return stations;
	}

	public Optional<Unit> unit(UnitId id) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from directory.unit u where u.id = :id")
			.param("id", id.value()).query(Directory::unit).optional();
	}

	/**
	 * A unit of the reference catalogue by its key: {@code office:5323} is 楚雄州's 双拥办, {@code station:<code>} a
	 * township's or village's service station, {@code yn-office} the province's 双拥办.
	 */
	public Optional<Unit> catalogueUnit(String key) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from directory.unit u where u.catalogue_key = :key")
			.param("key", key).query(Directory::unit).optional();
	}

	/** Regions whose name is exactly this one, the highest first. */
	public List<Region> regionsNamed(String name) {
		return jdbc.sql("select code, name, level, parent_code from directory.region where name = :name order by length(code), code")
			.param("name", name).query(Directory::region).list();
	}

	public List<Unit> units(List<UnitId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + UNIT_COLUMNS + " from directory.unit u where u.id in (:ids) order by u.id")
			.param("ids", ids.stream().map(UnitId::value).toList()).query(Directory::unit).list();
	}

	/** Units whose own region is exactly this one. */
	public List<Unit> unitsIn(RegionCode code) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from directory.unit u where u.region_code = :code order by u.kind, u.id")
			.param("code", code.value()).query(Directory::unit).list();
	}

	/** Units whose name, short name or alias contains the text; exact names first. */
	public List<Unit> search(String text, int limit) {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select %s from directory.unit u
				where u.name like :like or u.short_name like :like
				   or exists (select 1 from directory.phrase p where p.unit_id = u.id and p.phrase like :like)
				order by case when u.name = :q or u.short_name = :q then 0 else 1 end, length(u.region_code), u.id
				limit :limit""".formatted(UNIT_COLUMNS))
			.param("like", "%" + escapeLike(q) + "%").param("q", q).param("limit", limit)
			.query(Directory::unit).list();
	}

	public DirectoryStats stats(RegionCode scope) {
		return subtree(scope).bind(jdbc.sql("""
				select (select count(*) from directory.region where code like :scope),
				       (select count(*) from directory.unit where region_code like :scope),
				       (select count(*) from directory.unit where region_code like :scope and kind = 'SERVICE_STATION'),
				       (select count(*) from directory.leading_group where region_code like :scope)"""))
			.query((rs, i) -> new DirectoryStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
	}

	/** A region and everything below it, bound into a query as every scoped read binds it. */
	private static DataScope subtree(RegionCode root) {
		return new DataScope(root.value());
	}

	/** The named unit groups a phrase can be mapped to (各县市双拥办, 州直有关部门 …). */
	public List<UnitGroup> groups() {
		return jdbc.sql("select code, name from directory.unit_group order by id")
			.query((rs, i) -> new UnitGroup(rs.getString(1), rs.getString(2))).list();
	}

	/**
	 * The one unit a person means by a name they typed: the unit whose full or short name it is, else the only unit
	 * the search finds; among the units {@code within} allows. Empty when none or several fit.
	 */
	public UnitLookup lookUp(String name, java.util.function.Predicate<Unit> within) {
		String wanted = name == null ? "" : name.strip();
		List<Unit> matches = search(wanted, 20).stream().filter(within).toList();
		List<Unit> exact = matches.stream().filter(u -> u.name().equals(wanted) || wanted.equals(u.shortName())).toList();
		Optional<Unit> unit = exact.size() == 1 ? Optional.of(exact.get(0))
				: matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
		return new UnitLookup(matches, unit);
	}

	/** What a name found: the candidate units, and the one meant when it is clear. */
	public record UnitLookup(List<Unit> matches, Optional<Unit> unit) {
	}

	/** The aliases of several units at once, for lists. */
	public java.util.Map<UnitId, List<String>> aliases(List<UnitId> ids) {
		java.util.Map<UnitId, List<String>> aliases = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return aliases;
		}
		jdbc.sql("select unit_id, phrase from directory.phrase where unit_id in (:ids) order by phrase")
			.param("ids", ids.stream().map(UnitId::value).toList())
			.query(rs -> {
				aliases.computeIfAbsent(new UnitId(rs.getLong(1)), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return aliases;
	}

	public List<String> aliases(UnitId id) {
		return jdbc.sql("select phrase from directory.phrase where unit_id = :id order by phrase")
			.param("id", id.value()).query(String.class).list();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Region region(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String parent = rs.getString("parent_code");
		return new Region(new RegionCode(rs.getString("code")), rs.getString("name"),
				RegionLevel.valueOf(rs.getString("level")), parent == null ? null : new RegionCode(parent));
	}

	static Unit unit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Unit(new UnitId(rs.getLong("id")), rs.getString("name"), rs.getString("short_name"),
				UnitKind.valueOf(rs.getString("kind")), new RegionCode(rs.getString("region_code")));
	}
}
