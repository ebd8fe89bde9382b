package cn.shuangyong.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Confirmed matches and the timeline of each case. */
@Repository
class MatchStore {

	private final JdbcClient jdbc;

	MatchStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long confirm(long needId, long postId, String by, LocalDate on) {
		try {
			return jdbc.sql("""
					insert into employment.match (need_id, post_id, state, confirmed_by, confirmed_on)
					values (?, ?, 'CONFIRMED', ?, ?) returning id""")
				.params(needId, postId, by, on).query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("此案件已有正在办理的岗位匹配，请先记录其结果");
		}
	}

	Optional<MatchRow> find(long id) {
		return jdbc.sql("select id, need_id, post_id, state, confirmed_by, confirmed_on, version from employment.match where id = ?")
			.param(id).query(MatchStore::row).optional();
	}

	List<MatchRow> ofNeed(long needId) {
		return jdbc.sql("""
				select id, need_id, post_id, state, confirmed_by, confirmed_on, version from employment.match
				where need_id = ? order by id""").param(needId).query(MatchStore::row).list();
	}

	void move(long id, int version, MatchState to) {
		if (jdbc.sql("update employment.match set state = ?, version = version + 1 where id = ? and version = ?")
			.params(to.name(), id, version).update() == 0) {
			throw new ConflictException("此匹配已被他人修改，请刷新后重试");
		}
	}

	void step(long needId, Long matchId, String kind, LocalDate on, String note, String by) {
		jdbc.sql("insert into employment.step (need_id, match_id, kind, on_date, note, by_user) values (:need, :match, :kind, :on, :note, :by)")
			.param("need", needId).param("match", matchId, java.sql.Types.BIGINT).param("kind", kind).param("on", on)
			.param("note", note, java.sql.Types.VARCHAR).param("by", by).update();
	}

	List<Step> steps(long needId) {
		return jdbc.sql("select kind, on_date, note, match_id from employment.step where need_id = ? order by on_date, id")
			.param(needId)
			.query((rs, n) -> new Step(rs.getString("kind"), rs.getObject("on_date", LocalDate.class), rs.getString("note"),
					rs.getObject("match_id", Long.class)))
			.list();
	}

	private static MatchRow row(ResultSet rs, int n) throws SQLException {
		return new MatchRow(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("post_id"),
				MatchState.valueOf(rs.getString("state")), rs.getString("confirmed_by"),
				rs.getObject("confirmed_on", LocalDate.class), rs.getInt("version"));
	}

	record MatchRow(long id, long needId, long postId, MatchState state, String confirmedBy, LocalDate confirmedOn,
			int version) {
	}

	/** One entry of a case's timeline: {@code kind} is REGISTERED, CONFIRMED, a {@link MatchStep} or CLOSED. */
	record Step(String kind, LocalDate on, String note, Long matchId) {
	}
}
