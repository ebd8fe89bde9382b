package cn.shuangyong.priority;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service places in the database. */
@Repository
class PlaceStore {

	private static final String COLUMNS = "id, name, sector, region_code, department_unit_id, address, retired_on, retired_reason, version";

	private final JdbcClient jdbc;

	PlaceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewPlace place, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into priority.place (name, sector, region_code, department_unit_id, address, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(place.name(), place.sector().name(), place.regionCode(), place.departmentUnitId(), place.address(),
					by, at)
			.query(Long.class).single();
	}

	/** Writes what the office changed, if nobody changed the place since it was read. */
	void update(long id, int version, NewPlace place) {
		written(jdbc.sql("""
				update priority.place set name = ?, sector = ?, region_code = ?, department_unit_id = ?, address = ?,
				  version = version + 1
				where id = ? and version = ? and retired_on is null""")
			.params(place.name(), place.sector().name(), place.regionCode(), place.departmentUnitId(), place.address(), id,
					version)
			.update());
	}

	void retire(long id, int version, java.time.LocalDate on, String reason) {
		written(jdbc.sql("""
				update priority.place set retired_on = ?, retired_reason = ?, version = version + 1
				where id = ? and version = ? and retired_on is null""").params(on, reason, id, version).update());
	}

	private static void written(int rows) {
		if (rows != 1) {
			throw new cn.shuangyong.shared.ConflictException("检查场所已由他人修改或停用，本次未保存；请刷新页面后再试");
		}
	}

	Optional<Place> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from priority.place where id = ?").param(id).query(PlaceStore::row)
			.optional();
	}

	/** The places in a region subtree still inspected, by region and name. */
	List<Place> inspectedWithin(DataScope scope) {
		return within(scope).stream().filter(p -> !p.retired()).toList();
	}

	/** The places in a region subtree, retired ones too, by region and name. */
	List<Place> within(DataScope scope) {
		return scope.bind(jdbc.sql("select " + COLUMNS
				+ " from priority.place where region_code like :scope order by region_code, sector, name, id"))
			.query(PlaceStore::row).list();
	}

	static Place row(ResultSet rs, int n) throws SQLException {
		return new Place(rs.getLong("id"), rs.getString("name"), Sector.valueOf(rs.getString("sector")),
				rs.getString("region_code"), rs.getLong("department_unit_id"), rs.getString("address"),
				rs.getObject("retired_on", java.time.LocalDate.class), rs.getString("retired_reason"), rs.getInt("version"));
	}
}
