package cn.shuangyong.placement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ranked list as a 公示 of scores published it, and the scores changed after it with their reasons. */
@Repository
class PublishedScores {

	private final JdbcClient jdbc;

	PublishedScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the round's ranks and scores as they stand, for the 公示 that publishes them. */
	void keep(long noticeId, long roundId) {
		jdbc.sql("""
				insert into placement.published_score (notice_id, soldier_id, rank, score)
				select ?, id, rank, score from placement.soldier where round_id = ? and rank is not null""")
			.params(noticeId, roundId).update();
	}

	List<ScoresNotice.Line> lines(long noticeId) {
		return jdbc.sql("""
				select p.rank, s.name, p.score, s.honour from placement.published_score p
				join placement.soldier s on s.id = p.soldier_id where p.notice_id = ? order by p.rank""")
			.param(noticeId)
			.query((rs, n) -> new ScoresNotice.Line(rs.getInt("rank"), new SoldierName(rs.getString("name")).masked(),
					rs.getBigDecimal("score"), rs.getString("honour")))
			.list();
	}

	void changed(long soldierId, BigDecimal oldScore, BigDecimal newScore, String reason, String by,
			OffsetDateTime at) {
		jdbc.sql("""
				insert into placement.score_change (soldier_id, old_score, new_score, reason, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)""").params(soldierId, oldScore, newScore, reason, by, at).update();
	}

	List<ScoresNotice.Change> changes(long roundId) {
		return jdbc.sql("""
				select s.name, c.old_score, c.new_score, c.reason, c.changed_at from placement.score_change c
				join placement.soldier s on s.id = c.soldier_id where s.round_id = ? order by c.id""").param(roundId)
			.query((rs, n) -> new ScoresNotice.Change(new SoldierName(rs.getString("name")).masked(), rs.getBigDecimal("old_score"),
					rs.getBigDecimal("new_score"), rs.getString("reason"), rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}
}
