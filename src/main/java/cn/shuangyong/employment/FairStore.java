package cn.shuangyong.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Job fairs for military spouses. */
@Repository
class FairStore {

	private static final String COLUMNS = "id, title, held_on, bayi, place, region_code, organiser_unit_id, attendance";

	private final JdbcClient jdbc;

	FairStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewFair fair, long organiser, String by) {
		return jdbc.sql("""
				insert into employment.fair (title, held_on, bayi, place, region_code, organiser_unit_id, attendance, created_by)
				values (:title, :held, :bayi, :place, :region, :organiser, :attendance, :by) returning id""")
			.param("title", fair.title()).param("held", fair.heldOn()).param("bayi", fair.bayi())
			.param("place", fair.place(), java.sql.Types.VARCHAR).param("region", fair.regionCode())
			.param("organiser", organiser).param("attendance", fair.attendance(), java.sql.Types.INTEGER).param("by", by)
			.query(Long.class).single();
	}

	Optional<FairRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from employment.fair where id = ?").param(id).query(FairStore::row)
			.optional();
	}

	ListPage<FairRow> within(DataScope scope, Paging paging) {
		long total = scope.bind(jdbc.sql("select count(*) from employment.fair where region_code like :scope"))
			.query(Long.class).single();
		List<FairRow> rows = paging.bind(scope.bind(jdbc.sql("select " + COLUMNS
				+ " from employment.fair where region_code like :scope order by held_on desc, id desc" + Paging.SQL)))
			.query(FairStore::row).list();
		return paging.of(rows, total);
	}

	/** The fairs held in a region and below between two days, both included. */
	int heldWithin(String regionCode, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from employment.fair where region_code like ? and held_on between ? and ?")
			.params(regionCode + "%", from, to).query(Integer.class).single();
	}

	private static FairRow row(ResultSet rs, int n) throws SQLException {
		return new FairRow(rs.getLong("id"), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
				rs.getBoolean("bayi"), rs.getString("place"), rs.getString("region_code"), rs.getLong("organiser_unit_id"),
				rs.getObject("attendance", Integer.class));
	}

	record FairRow(long id, String title, LocalDate heldOn, boolean bayi, String place, String regionCode,
			long organiserUnitId, Integer attendance) {
	}
}
