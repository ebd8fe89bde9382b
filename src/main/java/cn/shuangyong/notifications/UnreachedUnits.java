package cn.shuangyong.notifications;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units a message reached nobody in: the unit has no working account, so no delivery was even queued, or every
 * delivery to its accounts failed on every channel. An office must then reach them another way (telephone, the paper
 * 公文交换) and put the account right; the platform says so rather than showing "已送达 0 · 失败 0". Seen by the same
 * roles as the deliveries, for messages sent from their region subtree.
 */
@Service
@Transactional(readOnly = true)
public class UnreachedUnits {

	/**
	 * The unreached (message, unit) pairs: addressed units with no delivery that is sent or still queued. The columns:
	 * unit, message, subject, time, how many deliveries there were, the last error.
	 */
	private static final String PAIRS = """
			select mu.unit_id, m.id as message_id, m.subject, m.created_at, count(d.id) as deliveries,
			  max(d.last_error) as last_error
			from notifications.message_unit mu join notifications.message m on m.id = mu.message_id
			left join notifications.delivery d on d.message_id = m.id and d.unit_id = mu.unit_id
			where m.region_code like :scope %s
			group by mu.unit_id, m.id
			having count(d.id) filter (where d.state <> 'FAILED') = 0""";

	private final JdbcClient jdbc;

	UnreachedUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every unit in the viewer's scope that a message did not reach, the most recently missed first. */
	public ListPage<UnreachedUnit> inScope(CurrentUser viewer, Paging paging) {
		Map<String, Object> params = scope(viewer);
		String pairs = PAIRS.formatted("");
		long total = jdbc.sql("select count(distinct unit_id) from (" + pairs + ") p").params(params)
			.query(Long.class).single();
		List<UnreachedUnit> units = jdbc.sql("""
				select unit_id, count(*), max(message_id),
				  (array_agg(subject order by message_id desc))[1], max(created_at),
				  (array_agg(deliveries order by message_id desc))[1], (array_agg(last_error order by message_id desc))[1]
				from (""" + pairs + """
				) p group by unit_id order by max(message_id) desc, unit_id""" + Paging.SQL)
			.params(paging.bind(params))
			.query((rs, i) -> new UnreachedUnit(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getInt(6) == 0 ? Reason.NO_ACCOUNT : Reason.NO_CHANNEL,
					rs.getString(7)))
			.list();
		return paging.of(units, total);
	}

	/** The units one message did not reach; the message must be in the viewer's scope. */
	public List<UnreachedUnit> ofMessage(long messageId, CurrentUser viewer) {
		Map<String, Object> params = scope(viewer);
		params.put("message", messageId);
		return jdbc.sql(PAIRS.formatted("and m.id = :message") + " order by mu.unit_id").params(params)
			.query((rs, i) -> new UnreachedUnit(rs.getLong(1), 1, rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5) == 0 ? Reason.NO_ACCOUNT : Reason.NO_CHANNEL,
					rs.getString(6)))
			.list();
	}

	/** How many units each of these messages did not reach; a message that reached all is left out. */
	public Map<Long, Integer> countsOf(List<Long> messageIds, CurrentUser viewer) {
		Map<Long, Integer> counts = new HashMap<>();
		if (messageIds.isEmpty()) {
			return counts;
		}
		Map<String, Object> params = scope(viewer);
		params.put("messages", messageIds);
		jdbc.sql("select message_id, count(*) from (" + PAIRS.formatted("and m.id in (:messages)")
				+ ") p group by message_id")
			.params(params).query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	/** How many units the message of each of these notices (提醒、催办、督办) did not reach; reached notices are left out. */
	public Map<Long, Integer> countsOfNotices(List<Long> noticeIds, CurrentUser viewer) {
		Map<Long, Integer> counts = new HashMap<>();
		if (noticeIds.isEmpty()) {
			return counts;
		}
		Map<String, Object> params = scope(viewer);
		params.put("notices", noticeIds);
		jdbc.sql("select notice_id, count(*) from (" + PAIRS.replace("select mu.unit_id,", "select m.notice_id, mu.unit_id,")
			.formatted("and m.notice_id in (:notices)") + ") p group by notice_id")
			.params(params).query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	/** Whether the user may see what was delivered and to whom: the offices. */
	public static boolean mayView(CurrentUser viewer) {
		return viewer.can(Permission.PLANS_PUBLISH) && viewer.can(Permission.STAFF_CONTACTS_READ);
	}

	private static Map<String, Object> scope(CurrentUser viewer) {
		if (!mayView(viewer)) {
			throw new AccessDeniedException("只有双拥办工作人员可以查看消息送达情况");
		}
		return viewer.scope().bind(new HashMap<>());
	}

	/** Why a unit was not reached, which says what to do about it. */
	public enum Reason {

		/** The unit has no working account on the platform: no delivery could be queued. */
		NO_ACCOUNT,

		/** Its accounts exist, but every channel failed for every one of them. */
		NO_CHANNEL;

		public String messageKey() {
			return "notifications.unreached." + name();
		}
	}

	/**
	 * A unit a message did not reach.
	 *
	 * @param messages how many messages did not reach it (1 for a single message)
	 * @param messageId the latest of them
	 * @param lastError the last channel's error, when deliveries failed
	 */
	public record UnreachedUnit(long unitId, int messages, long messageId, String subject, Instant at, Reason reason,
			String lastError) {
	}
}
