package cn.shuangyong.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import cn.shuangyong.accounts.StaffDirectory;
import cn.shuangyong.shared.BusinessClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a message to the working staff of units: one delivery per recipient and enabled channel is queued in the
 * caller's transaction, so a message exists exactly when what it announces does; the channels are called after
 * commit. An account a channel cannot reach (no e-mail, no phone) gets a failed delivery that says so.
 */
@Service
@Transactional
public class Notifications {

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final List<Channel> channels;

	private final ApplicationEventPublisher events;

	private final BusinessClock clock;

	Notifications(JdbcClient jdbc, StaffDirectory staff, List<Channel> channels, ApplicationEventPublisher events,
			BusinessClock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.channels = channels;
		this.events = events;
		this.clock = clock;
	}

	/** Queues the message for every working account of the units; returns the message id. */
	public long send(NewMessage message) {
		return send(message, clock.now());
	}

	/**
	 * The same, dated at a given moment of the business clock: a notice issued as of a past morning is sent as of that
	 * morning, so its message stands beside it in time. The channels still deliver it now.
	 */
	public long send(NewMessage message, Instant at) {
		Timestamp now = Timestamp.from(at);
		long id = jdbc.sql("""
				insert into notifications.message (topic, subject, body, link, document_link, task_id, notice_id,
				  sender_unit_id, region_code, created_at)
				values (:topic, :subject, :body, :link, :doc, :task, :notice, :sender, :region, :at) returning id""")
			.param("topic", message.topic()).param("subject", message.subject()).param("body", message.body())
			.param("link", message.link()).param("doc", message.documentLink()).param("task", message.taskId())
			.param("notice", message.noticeId()).param("sender", message.senderUnitId())
			.param("region", message.regionCode()).param("at", now).query(Long.class).single();
		for (long unit : new LinkedHashSet<>(message.unitIds())) {
			jdbc.sql("insert into notifications.message_unit (message_id, unit_id) values (:m, :u)").param("m", id)
				.param("u", unit).update();
		}
		for (Recipient recipient : recipients(message.unitIds())) {
			for (Channel channel : channels) {
				if (channel.enabled()) {
					queue(id, channel, recipient, now);
				}
			}
		}
		events.publishEvent(new MessageQueued(id));
		return id;
	}

	private void queue(long messageId, Channel channel, Recipient recipient, Timestamp now) {
		String address = channel.addressOf(recipient).orElse(null);
		jdbc.sql("""
				insert into notifications.delivery (message_id, channel, account_id, username, unit_id, address, state,
				  last_error, created_at, next_attempt_at)
				values (:m, :c, :account, :username, :unit, :address, :state, :error, :at, :next)
				on conflict do nothing""")
			.param("m", messageId).param("c", channel.name()).param("account", recipient.accountId())
			.param("username", recipient.username()).param("unit", recipient.unitId()).param("address", address)
			.param("state", address == null ? "FAILED" : "QUEUED")
			.param("error", address == null ? channel.noAddressReason() : null).param("at", now)
			.param("next", address == null ? null : now).update();
	}

	private List<Recipient> recipients(List<Long> unitIds) {
		Map<Long, Recipient> byAccount = new LinkedHashMap<>();
		for (long unit : unitIds) {
			for (StaffDirectory.Contact c : staff.workingStaffOf(unit)) {
				byAccount.putIfAbsent(c.accountId(),
						new Recipient(c.accountId(), c.username(), c.name(), c.unitId(), c.phone(), c.email()));
			}
		}
		return List.copyOf(byAccount.values());
	}
}
