package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The standards and their rates. A standard is inserted whole and never updated. */
@Repository
class StandardStore {

	private final JdbcClient jdbc;

	StandardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every rate of every standard in force on or before the day (of the province's top-ups, only its own). */
	List<StoredRate> ratesUntil(LocalDate date, String province) {
		return ratesUntil(date, province, null);
	}

	/**
	 * The same, of the standards published by {@code knownOn} (all when null): what a roll generated that day knew.
	 * A standard whose source gives no publication date counts as known.
	 */
	List<StoredRate> ratesUntil(LocalDate date, String province, LocalDate knownOn) {
		return jdbc.sql("""
				select s.layer, s.effective_on, s.title, s.source, r.grade, r.nature, r.category, r.amount_per_year,
				  r.basis, r.unverified, r.note
				from pensions.rate r join pensions.standard s on s.id = r.standard_id
				where s.effective_on <= :d and (s.layer = 'NATIONAL' or s.region_code = :p)
				  and (cast(:known as date) is null or s.published_on is null or s.published_on <= :known)""")
			.param("d", date).param("p", province).param("known", knownOn).query(StandardStore::rate).list();
	}

	List<PublishedStandard> history(String province) {
		return jdbc.sql("""
				select s.id, s.layer, s.region_code, s.effective_on, s.published_on, s.title, s.source, s.published_by,
				  (select count(*) from pensions.rate r where r.standard_id = s.id)
				from pensions.standard s where s.layer = 'NATIONAL' or s.region_code = :p
				order by s.effective_on desc, s.layer, s.id desc""")
			.param("p", province).query(StandardStore::published).list();
	}

	Optional<PublishedStandard> find(long id) {
		return jdbc.sql("""
				select s.id, s.layer, s.region_code, s.effective_on, s.published_on, s.title, s.source, s.published_by,
				  (select count(*) from pensions.rate r where r.standard_id = s.id)
				from pensions.standard s where s.id = :id""")
			.param("id", id).query(StandardStore::published).optional();
	}

	/**
	 * The latest standard of a layer, read under a lock on that row: of two publications at once, the second waits
	 * and then compares its date with what the first published.
	 */
	Optional<PublishedStandard> latestLocked(StandardLayer layer, String region) {
		String latest = """
				select s.id, s.layer, s.region_code, s.effective_on, s.published_on, s.title, s.source, s.published_by, 0
				from pensions.standard s where s.layer = :l and coalesce(s.region_code, '') = :r
				order by s.effective_on desc limit 1""";
		jdbc.sql(latest + " for update").param("l", layer.name()).param("r", region == null ? "" : region)
			.query((rs, i) -> rs.getLong(1)).optional();
		// read again in a new statement: it sees what a publication that held the lock has committed meanwhile
		return jdbc.sql(latest).param("l", layer.name()).param("r", region == null ? "" : region)
			.query(StandardStore::published).optional();
	}

	long insert(NewStandard standard, String region, LocalDate publishedOn, String by) {
		long id = jdbc.sql("""
				insert into pensions.standard (layer, region_code, effective_on, published_on, title, source, published_by)
				values (:l, :r, :e, :p, :t, :s, :by) returning id""")
			.param("l", standard.layer().name()).param("r", region).param("e", standard.effectiveOn())
			.param("p", publishedOn).param("t", standard.title()).param("s", standard.source()).param("by", by)
			.query(Long.class).single();
		for (NewStandard.DisabilityAmount rate : standard.disability()) {
			jdbc.sql("""
					insert into pensions.rate (standard_id, kind, grade, nature, amount_per_year, basis)
					values (:s, 'DISABILITY', :g, :n, :a, 'PUBLISHED')""")
				.param("s", id).param("g", rate.grade())
				.param("n", rate.nature().name()).param("a", rate.amountPerYear()).update();
		}
		for (NewStandard.CategoryAmount rate : standard.categories()) {
			jdbc.sql("""
					insert into pensions.rate (standard_id, kind, category, amount_per_year, basis)
					values (:s, 'CATEGORY', :c, :a, 'PUBLISHED')""")
				.param("s", id).param("c", rate.category().name())
				.param("a", rate.amountPerYear()).update();
		}
		return id;
	}

	private static PublishedStandard published(ResultSet rs, int row) throws SQLException {
		return new PublishedStandard(rs.getLong(1), StandardLayer.valueOf(rs.getString(2)), rs.getString(3),
				rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
				rs.getString(8), rs.getInt(9));
	}

	private static StoredRate rate(ResultSet rs, int row) throws SQLException {
		String nature = rs.getString(6);
		String category = rs.getString(7);
		Integer grade = rs.getObject(5) == null ? null : rs.getInt(5);
		return new StoredRate(StandardLayer.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
				rs.getString(3), rs.getString(4), grade,
				nature == null ? null : DisabilityNature.valueOf(nature),
				category == null ? null : PensionCategory.valueOf(category), rs.getObject(8, BigDecimal.class),
				RateBasis.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getString(11));
	}
}
