package cn.shuangyong.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts offered to military spouses, with how many of their openings are filled by hires. */
@Repository
class PostStore {

	private static final String COLUMNS = """
			p.id, p.kind, p.title, p.employer_unit_id, p.employer_name, p.min_education, p.work_kind, p.openings,
			p.region_code, p.offered_by_unit_id, p.fair_id, p.open,
			(select count(*) from employment.match m where m.post_id = p.id and m.state = 'HIRED') as hired""";

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewPost post, long offeredBy, String by) {
		return jdbc.sql("""
				insert into employment.post (kind, title, employer_unit_id, employer_name, min_education, work_kind, openings,
				  region_code, offered_by_unit_id, fair_id, created_by)
				values (:kind, :title, :unit, :name, :education, :work, :openings, :region, :offeredBy, :fair, :by)
				returning id""")
			.param("kind", post.kind().name()).param("title", post.title())
			.param("unit", post.employerUnitId(), java.sql.Types.BIGINT)
			.param("name", post.employerName(), java.sql.Types.VARCHAR).param("education", post.minEducation().name())
			.param("work", post.workKind().name()).param("openings", post.openings()).param("region", post.regionCode())
			.param("offeredBy", offeredBy).param("fair", post.fairId(), java.sql.Types.BIGINT).param("by", by)
			.query(Long.class).single();
	}

	Optional<PostRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from employment.post p where p.id = :id").param("id", id)
			.query(PostStore::row).optional();
	}

	List<PostRow> all(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from employment.post p where p.id in (:ids) order by p.id").param("ids", ids)
			.query(PostStore::row).list();
	}

	/** The open posts within a region subtree, or of the region above it whose posts are open to the whole of it. */
	List<PostRow> openAround(String regionCode) {
		return jdbc.sql("select " + COLUMNS + """
				 from employment.post p
				where p.open and (p.region_code like :below or :region like p.region_code || '%') order by p.id""")
			.param("below", regionCode + "%").param("region", regionCode).query(PostStore::row).list();
	}

	ListPage<PostRow> within(DataScope scope, Paging paging) {
		long total = scope.bind(jdbc.sql("select count(*) from employment.post p where p.region_code like :scope"))
			.query(Long.class).single();
		List<PostRow> rows = paging.bind(scope.bind(jdbc.sql("select " + COLUMNS
				+ " from employment.post p where p.region_code like :scope order by p.open desc, p.id desc" + Paging.SQL)))
			.query(PostStore::row).list();
		return paging.of(rows, total);
	}

	List<PostRow> ofFair(long fairId) {
		return jdbc.sql("select " + COLUMNS + " from employment.post p where p.fair_id = :fair order by p.id")
			.param("fair", fairId).query(PostStore::row).list();
	}

	private static PostRow row(ResultSet rs, int n) throws SQLException {
		return new PostRow(rs.getLong("id"), PostKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("employer_unit_id", Long.class), rs.getString("employer_name"),
				Education.valueOf(rs.getString("min_education")), WorkKind.valueOf(rs.getString("work_kind")),
				rs.getInt("openings"), rs.getString("region_code"), rs.getLong("offered_by_unit_id"),
				rs.getObject("fair_id", Long.class), rs.getBoolean("open"), rs.getInt("hired"));
	}

	record PostRow(long id, PostKind kind, String title, Long employerUnitId, String employerName,
			Education minEducation, WorkKind workKind, int openings, String regionCode, long offeredByUnitId, Long fairId,
			boolean open, int hired) {

		PostMatching.Offer offer() {
			return new PostMatching.Offer(id, kind, regionCode, minEducation, workKind, open ? openings - hired : 0);
		}
	}
}
