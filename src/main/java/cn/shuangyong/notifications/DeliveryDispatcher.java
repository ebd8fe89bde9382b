package cn.shuangyong.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shuangyong.shared.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands queued deliveries to their channels: right after a message is committed, and every minute for retries. Each
 * batch is claimed with a lease (rows locked with SKIP LOCKED, next attempt moved on), so two nodes never send the same
 * delivery twice. A failure is retried after {@code retry-delay × attempts} until {@code max-attempts}, then marked
 * failed with the last error.
 */
@Component
class DeliveryDispatcher {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private static final int BATCH = 50;

	private static final Duration LEASE = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Map<String, Channel> channels;

	private final NotificationSettings settings;

	private final BusinessClock clock;

	DeliveryDispatcher(JdbcClient jdbc, List<Channel> channels, NotificationSettings settings, BusinessClock clock) {
		this.jdbc = jdbc;
		this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
		this.settings = settings;
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void on(MessageQueued queued) {
		dispatchDue();
	}

	@Scheduled(initialDelayString = "${shuangyong.notifications.sweep-delay:PT20S}",
			fixedDelayString = "${shuangyong.notifications.sweep-interval:PT1M}")
	void sweep() {
		dispatchDue();
	}

	/** Attempts every delivery that is due; returns how many were attempted. */
	int dispatchDue() {
		int attempted = 0;
		List<Long> claimed;
		do {
			claimed = claim();
			for (long id : claimed) {
				attempt(id);
			}
			attempted += claimed.size();
		}
		while (claimed.size() == BATCH);
		return attempted;
	}

	private List<Long> claim() {
		Instant now = clock.now();
		return jdbc.sql("""
				update notifications.delivery set next_attempt_at = :lease
				where id in (select id from notifications.delivery where state = 'QUEUED' and next_attempt_at <= :now
				             order by id limit :batch for update skip locked)
				returning id""")
			.param("lease", Timestamp.from(now.plus(LEASE))).param("now", Timestamp.from(now)).param("batch", BATCH)
			.query(Long.class).list();
	}

	private void attempt(long deliveryId) {
		record Due(String channel, String address, int attempts, OutgoingMessage message) {
		}
		Due due = jdbc.sql("""
				select d.channel, d.address, d.attempts, m.id, m.subject, m.body, m.link
				from notifications.delivery d join notifications.message m on m.id = d.message_id where d.id = :id""")
			.param("id", deliveryId)
			.query((rs, i) -> new Due(rs.getString(1), rs.getString(2), rs.getInt(3),
					new OutgoingMessage(rs.getLong(4), rs.getString(5), rs.getString(6), link(rs.getString(7)))))
			.single();
		Optional<Channel> channel = Optional.ofNullable(channels.get(due.channel())).filter(Channel::enabled);
		try {
			if (channel.isEmpty()) {
				throw new DeliveryFailedException("通道“" + due.channel() + "”已停用");
			}
			channel.get().deliver(due.message(), due.address());
			jdbc.sql("""
					update notifications.delivery set state = 'SENT', attempts = attempts + 1, last_error = null,
					  last_attempt_at = :now, sent_at = :now, next_attempt_at = null where id = :id""")
				.param("now", Timestamp.from(clock.now())).param("id", deliveryId).update();
		}
		catch (DeliveryFailedException | RuntimeException e) {
			failed(deliveryId, due.attempts() + 1, e);
		}
	}

	private void failed(long deliveryId, int attempts, Exception e) {
		String error = e instanceof DeliveryFailedException ? e.getMessage() : "发送出错：" + MailChannel.rootMessage(e);
		boolean giveUp = attempts >= settings.maxAttempts();
		Instant now = clock.now();
		log.warn("delivery {} failed (attempt {}): {}", deliveryId, attempts, error);
		jdbc.sql("""
				update notifications.delivery set state = :state, attempts = :attempts, last_error = :error,
				  last_attempt_at = :now, next_attempt_at = :next where id = :id""")
			.param("state", giveUp ? "FAILED" : "QUEUED").param("attempts", attempts)
			.param("error", error.length() > 500 ? error.substring(0, 500) : error).param("now", Timestamp.from(now))
			.param("next", giveUp ? null : Timestamp.from(now.plus(settings.retryDelay().multipliedBy(attempts))))
			.param("id", deliveryId).update();
	}

	private String link(String path) {
		String base = settings.baseUrl();
		if (path == null || base == null || base.isBlank()) {
			return null;
		}
		return base.replaceAll("/+$", "") + path;
	}
}
