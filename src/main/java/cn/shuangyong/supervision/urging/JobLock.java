package cn.shuangyong.supervision.urging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease on a row of {@code supervision.job_lock}: the one node that takes it runs the job; a node that dies
 * holding it loses it when the lease runs out. Plain SQL, so it works on PostgreSQL-compatible databases too.
 */
@Component
class JobLock {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String holder = "node-" + UUID.randomUUID();

	JobLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean tryAcquire(String name, Duration lease) {
		var now = clock.instant();
		return jdbc.sql("""
				update supervision.job_lock set holder = :h, locked_until = :until
				where name = :n and (locked_until is null or locked_until < :now or holder = :h)""")
			.param("h", holder).param("until", Timestamp.from(now.plus(lease))).param("n", name)
			.param("now", Timestamp.from(now)).update() == 1;
	}

	void release(String name) {
		jdbc.sql("update supervision.job_lock set holder = null, locked_until = null where name = :n and holder = :h")
			.param("n", name).param("h", holder).update();
	}
}
