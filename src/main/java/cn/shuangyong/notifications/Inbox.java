package cn.shuangyong.notifications;

import java.sql.Timestamp;
import java.time.Instant;

import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's 站内信: the messages delivered to their inbox, newest first, and which of them they have read. */
@Service
@Transactional
public class Inbox {

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	Inbox(JdbcClient jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ListPage<InboxEntry> of(CurrentUser user, Paging paging) {
		long total = jdbc.sql("""
				select count(*) from notifications.delivery
				where username = :u and channel = 'INBOX' and state = 'SENT'""")
			.param("u", user.getUsername()).query(Long.class).single();
		return paging.of(paging.bind(jdbc.sql("""
				select d.id, m.topic, m.subject, m.body, m.link, m.document_link, d.sent_at, d.read_at
				from notifications.delivery d join notifications.message m on m.id = d.message_id
				where d.username = :u and d.channel = 'INBOX' and d.state = 'SENT'
				order by d.id desc""" + Paging.SQL))
			.param("u", user.getUsername())
			.query((rs, i) -> new InboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), instant(rs.getTimestamp(8))))
			.list(), total);
	}

	@Transactional(readOnly = true)
	public int unread(CurrentUser user) {
		return jdbc.sql("""
				select count(*) from notifications.delivery
				where username = :u and channel = 'INBOX' and state = 'SENT' and read_at is null""")
			.param("u", user.getUsername()).query(Integer.class).single();
	}

	/** Marks one of the user's own messages read; anyone else's answers 404. */
	public void markRead(long entryId, CurrentUser user) {
		int own = jdbc.sql("""
				update notifications.delivery set read_at = coalesce(read_at, :now)
				where id = :id and username = :u and channel = 'INBOX' and state = 'SENT'""")
			.param("now", Timestamp.from(clock.now())).param("id", entryId).param("u", user.getUsername()).update();
		if (own == 0) {
			throw new NotFoundException("消息不存在");
		}
	}

	public int markAllRead(CurrentUser user) {
		return jdbc.sql("""
				update notifications.delivery set read_at = :now
				where username = :u and channel = 'INBOX' and state = 'SENT' and read_at is null""")
			.param("now", Timestamp.from(clock.now())).param("u", user.getUsername()).update();
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** A message in the inbox. */
	public record InboxEntry(long id, String topic, String subject, String body, String link, String documentLink,
			Instant at, Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}
	}
}
