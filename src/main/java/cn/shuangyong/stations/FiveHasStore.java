package cn.shuangyong.stations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 五有 records; a new check replaces the last one and waits for the county's confirmation again. */
@Repository
class FiveHasStore {

	private static final String COLUMNS = """
			unit_id, region_code, level, office, organisation, posts, staff, funds, support, evidence, checked_on,
			confirmed_by is not null as confirmed, version""";

	private static final String IN_SCOPE = " from stations.five_has where region_code like :scope"
			+ " and (cast(:region as varchar) is null or region_code like :region || '%')";

	private final JdbcClient jdbc;

	FiveHasStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keep(long unitId, String region, RegionLevel level, boolean office, FiveHas c, String evidence, LocalDate on,
			String by) {
		jdbc.sql("""
				insert into stations.five_has (unit_id, region_code, level, office, organisation, posts, staff, funds,
				  support, evidence, checked_on, recorded_by)
				values (:unit, :region, :level, :office, :o, :p, :s, :f, :su, :evidence, :on, :by)
				on conflict (unit_id) do update set organisation = excluded.organisation, posts = excluded.posts,
				  staff = excluded.staff, funds = excluded.funds, support = excluded.support, evidence = excluded.evidence,
				  checked_on = excluded.checked_on, recorded_by = excluded.recorded_by, confirmed_by = null,
				  confirmed_on = null, version = stations.five_has.version + 1""")
			.param("unit", unitId).param("region", region).param("level", level.name()).param("office", office)
			.param("o", c.organisation())
			.param("p", c.posts()).param("s", c.staff()).param("f", c.funds()).param("su", c.support())
			.param("evidence", evidence).param("on", on).param("by", by).update();
	}

	Optional<FiveHasRecord> find(long unitId) {
		return jdbc.sql("select " + COLUMNS + " from stations.five_has where unit_id = :u").param("u", unitId)
			.query(FiveHasStore::row).optional();
	}

	void confirm(long unitId, int version, String by, LocalDate on) {
		int changed = jdbc.sql("""
				update stations.five_has set confirmed_by = :by, confirmed_on = :on, version = version + 1
				where unit_id = :u and version = :v""")
			.param("by", by).param("on", on).param("u", unitId).param("v", version).update();
		if (changed == 0) {
			throw new ConflictException("该记录已被他人修改，请刷新后重试");
		}
	}

	/** A page of records in scope: those that fall short first, then by region. */
	ListPage<FiveHasRecord> page(DataScope scope, String region, boolean shortOnly, Paging paging) {
		String where = IN_SCOPE + " and (:all or not (organisation and posts and staff and funds and support))";
		long total = scope.bind(jdbc.sql("select count(*)" + where)).param("region", region).param("all", !shortOnly)
			.query(Long.class).single();
		List<FiveHasRecord> rows = paging.bind(scope.bind(jdbc.sql("select " + COLUMNS + where
				+ " order by (organisation and posts and staff and funds and support), region_code, unit_id"
				+ Paging.SQL)))
			.param("region", region).param("all", !shortOnly).query(FiveHasStore::row).list();
		return paging.of(rows, total);
	}

	/** Every record in scope, for the coverage. */
	List<FiveHasRecord> all(DataScope scope, String region) {
		return scope.bind(jdbc.sql("select " + COLUMNS + IN_SCOPE))
			.param("region", region).query(FiveHasStore::row).list();
	}

	private static FiveHasRecord row(ResultSet rs, int n) throws SQLException {
		return new FiveHasRecord(rs.getLong("unit_id"), "", rs.getString("region_code"),
				RegionLevel.valueOf(rs.getString("level")), rs.getBoolean("office"),
				new FiveHas(rs.getBoolean("organisation"), rs.getBoolean("posts"), rs.getBoolean("staff"),
						rs.getBoolean("funds"), rs.getBoolean("support")),
				rs.getString("evidence"), rs.getObject("checked_on", LocalDate.class), rs.getBoolean("confirmed"),
				rs.getInt("version"));
	}
}
