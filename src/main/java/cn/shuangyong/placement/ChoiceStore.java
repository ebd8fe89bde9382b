package cn.shuangyong.placement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writes of the live choice, each guarded by the database itself: a place is taken only while one is left (and a
 * check keeps places from going below zero), the call moves on only from the soldier it stands at and at the turn
 * that was read, and a soldier's choice, pass and give-up are each unique. Callers hold the round's row lock.
 */
@Repository
class ChoiceStore {

	private final JdbcClient jdbc;

	ChoiceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes one place of the post; false when none is left. */
	boolean takePlace(long roundId, long postId) {
		return jdbc.sql("""
				update placement.post set places_left = places_left - 1, version = version + 1
				where id = ? and round_id = ? and places_left > 0""").params(postId, roundId).update() == 1;
	}

	void chosen(long soldierId, long postId) {
		settle(soldierId, "update placement.soldier set state = 'CHOSEN', post_id = ?, version = version + 1 "
				+ "where id = ? and state in ('WAITING', 'PASSED_OVER')", postId, soldierId);
	}

	void gaveUp(long soldierId) {
		settle(soldierId, "update placement.soldier set state = 'GAVE_UP', version = version + 1 "
				+ "where id = ? and state in ('WAITING', 'PASSED_OVER')", soldierId);
	}

	/** The soldier goes to the end of the call, once. */
	void passedOver(long roundId, long soldierId) {
		settle(soldierId, """
				update placement.soldier set state = 'PASSED_OVER', version = version + 1,
				  call_position = (select max(call_position) + 1 from placement.soldier where round_id = ?)
				where id = ? and state = 'WAITING'""", roundId, soldierId);
	}

	void registerProxy(long soldierId, String proxy) {
		settle(soldierId, "update placement.soldier set proxy_name = ?, version = version + 1 "
				+ "where id = ? and state in ('WAITING', 'PASSED_OVER')", proxy, soldierId);
	}

	/** The soldier still to be called first: the lowest place in the call among those waiting or passed over. */
	Optional<Long> nextToCall(long roundId) {
		return jdbc.sql("""
				select id from placement.soldier where round_id = ? and state in ('WAITING', 'PASSED_OVER')
				order by call_position limit 1""").param(roundId).query(Long.class).optional();
	}

	/**
	 * Moves the call on from {@code from} (null when the choice starts) to {@code next}, or ends the choice when nobody
	 * is left; refused unless the round stands at {@code from} and at {@code turn}.
	 */
	void moveCall(long roundId, int turn, Long from, Long next, int steps) {
		int moved = jdbc.sql("""
				update placement.round set called_soldier_id = :next, turn = turn + :steps, version = version + 1,
				  stage = case when cast(:next as bigint) is null then 'FINISHED' else 'CHOOSING' end
				where id = :id and turn = :turn and called_soldier_id is not distinct from :from""")
			.param("next", next).param("steps", steps).param("id", roundId).param("turn", turn).param("from", from)
			.update();
		if (moved == 0) {
			throw new ConflictException("选岗进程已由其他操作员推进，本次操作未生效；请刷新后按当前叫号办理");
		}
	}

	void record(Action action) {
		try {
			jdbc.sql("""
					insert into placement.action (round_id, turn, kind, soldier_id, post_id, witness, proxy_name, reason,
					  done_by, done_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(action.roundId(), action.turn(), action.kind().name(), action.soldierId(), action.postId(),
						action.witness(), action.proxyName(), action.reason(), action.doneBy(), action.doneAt())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("该士兵的此项操作已经记录过，不能重复办理");
		}
	}

	List<Action> actions(long roundId) {
		return jdbc.sql("""
				select round_id, turn, kind, soldier_id, post_id, witness, proxy_name, reason, done_by, done_at
				from placement.action where round_id = ? order by turn""").param(roundId)
			.query((rs, n) -> new Action(rs.getLong("round_id"), rs.getInt("turn"), ActionKind.valueOf(rs.getString("kind")),
					(Long) rs.getObject("soldier_id"), (Long) rs.getObject("post_id"), rs.getString("witness"),
					rs.getString("proxy_name"), rs.getString("reason"), rs.getString("done_by"),
					rs.getObject("done_at", OffsetDateTime.class)))
			.list();
	}

	private void settle(long soldierId, String sql, Object... params) {
		if (jdbc.sql(sql).params(params).update() == 0) {
			throw new ConflictException("该士兵已经选岗、放弃或过号，不能再办理此项");
		}
	}
}
