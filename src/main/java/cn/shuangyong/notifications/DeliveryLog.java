package cn.shuangyong.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was sent and whether it arrived, for the offices: messages sent from their region subtree with each delivery.
 * Only roles that read staff contacts and publish plans (the 双拥办) see it; addresses are shown masked.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryLog {

	private final JdbcClient jdbc;

	DeliveryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Messages in the viewer's scope, newest first; a null filter leaves that filter out. */
	public ListPage<MessageSummary> messages(Long taskId, Long noticeId, Paging paging, CurrentUser viewer) {
		permit(viewer);
		Map<String, Object> params = scope(viewer);
		StringBuilder where = new StringBuilder("m.region_code like :scope");
		if (taskId != null) {
			where.append(" and m.task_id = :task");
			params.put("task", taskId);
		}
		if (noticeId != null) {
			where.append(" and m.notice_id = :notice");
			params.put("notice", noticeId);
		}
		long total = jdbc.sql("select count(*) from notifications.message m where " + where).params(params)
			.query(Long.class).single();
		return paging.of(summaries(where + " group by m.id order by m.id desc" + Paging.SQL, paging.bind(params)),
				total);
	}

	/** A message in the viewer's scope; outside it 404. */
	public MessageSummary message(long messageId, CurrentUser viewer) {
		permit(viewer);
		Map<String, Object> params = scope(viewer);
		params.put("id", messageId);
		return summaries("m.region_code like :scope and m.id = :id group by m.id", params).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("消息不存在"));
	}

	private List<MessageSummary> summaries(String where, Map<String, Object> params) {
		return jdbc.sql("""
				select m.id, m.topic, m.subject, m.link, m.task_id, m.notice_id, m.created_at,
				  sum(case when d.state = 'SENT' then 1 else 0 end), sum(case when d.state = 'QUEUED' then 1 else 0 end),
				  sum(case when d.state = 'FAILED' then 1 else 0 end)
				from notifications.message m left join notifications.delivery d on d.message_id = m.id
				where\s""" + where)
			.params(params)
			.query((rs, i) -> new MessageSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5), (Long) rs.getObject(6), rs.getTimestamp(7).toInstant(), rs.getInt(8),
					rs.getInt(9), rs.getInt(10)))
			.list();
	}

	private static Map<String, Object> scope(CurrentUser viewer) {
		return viewer.scope().bind(new HashMap<>());
	}

	/** Each delivery of a message in the viewer's scope: channel, recipient, state, attempts, error and times. */
	public ListPage<DeliveryView> deliveries(long messageId, Paging paging, CurrentUser viewer) {
		message(messageId, viewer);
		long total = jdbc.sql("select count(*) from notifications.delivery where message_id = :m").param("m", messageId)
			.query(Long.class).single();
		return paging.of(paging.bind(jdbc.sql("""
				select id, channel, username, unit_id, address, state, attempts, last_error, created_at, last_attempt_at,
				  sent_at, read_at
				from notifications.delivery where message_id = :m order by unit_id, username, channel, id"""
				+ Paging.SQL))
			.param("m", messageId)
			.query((rs, i) -> new DeliveryView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					masked(rs.getString(2), rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8),
					rs.getTimestamp(9).toInstant(), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)),
					instant(rs.getTimestamp(12))))
			.list(), total);
	}

	private static void permit(CurrentUser viewer) {
		if (!viewer.can(Permission.PLANS_PUBLISH) || !viewer.can(Permission.STAFF_CONTACTS_READ)) {
			throw new AccessDeniedException("只有双拥办工作人员可以查看消息送达情况");
		}
	}

	/** 138****1234 and z***@example.cn: enough to tell which address was used, not to harvest it. */
	static String masked(String channel, String address) {
		if (address == null || "INBOX".equals(channel)) {
			return address;
		}
		int at = address.indexOf('@');
		if (at > 0) {
			return address.charAt(0) + "***" + address.substring(at);
		}
		return address.length() >= 7 ? address.substring(0, 3) + "****" + address.substring(address.length() - 4)
				: "****";
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** A message with how many of its deliveries were sent, are queued and failed. */
	public record MessageSummary(long id, String topic, String subject, String link, Long taskId, Long noticeId,
			Instant at, int sent, int queued, int failed) {
	}

	/** One delivery; the address is masked. */
	public record DeliveryView(long id, String channel, String username, long unitId, String address, String state,
			int attempts, String error, Instant createdAt, Instant lastAttemptAt, Instant sentAt, Instant readAt) {
	}
}
