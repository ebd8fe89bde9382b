package cn.shuangyong.shared.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.shuangyong.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the modules' demo data on start: in demo mode only, each seeder once per database (the table
 * {@code demo_seeding} keeps the ones that have run), in the order their needs give. It runs after every other
 * start-up runner, so the reference data that is no demo (the directory's catalogue, the example standard) is there.
 * {@code shuangyong.demo.skip} names seeders to leave out, for tests that make that data themselves.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class DemoSeeding implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final List<DemoSeeder> seeders;

	private final Set<String> skipped;

	DemoSeeding(DemoMode demo, JdbcClient jdbc, List<DemoSeeder> seeders,
			@Value("${shuangyong.demo.skip:}") Set<String> skipped) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.seeders = SeedingOrder.of(seeders);
		this.skipped = skipped;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			refuseADemoDatabase();
			return;
		}
		Set<String> seeded = Set.copyOf(jdbc.sql("select seeder from demo_seeding").query(String.class).list());
		for (DemoSeeder seeder : seeders) {
			if (seeded.contains(seeder.name()) || skipped.contains(seeder.name())) {
				continue;
			}
			long started = System.nanoTime();
			seeder.seed();
			jdbc.sql("insert into demo_seeding (seeder, seeded_at) values (:name, :at)").param("name", seeder.name())
				.param("at", Timestamp.from(Instant.now())).update();
			log.info("演示数据 {} 已载入（{} ms）", seeder.name(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * A database that holds the demo holds its accounts, whose password is published, and its administrators, so a
	 * real installation would offer no first-start setup: outside demo mode such a database is refused, and the
	 * platform does not start on it.
	 */
	void refuseADemoDatabase() {
		if (jdbc.sql("select count(*) from demo_seeding").query(Long.class).single() > 0) {
			throw new IllegalStateException("这个数据库装有演示数据和演示账号（密码已公开），不能用于正式工作：正式使用请换一个空数据库"
					+ "（或另设数据目录 shuangyong.embedded-db.data-dir）；只想演示，请用 bin/run 或加 --shuangyong.demo.enabled=true 启动");
		}
	}

	/** The names of the seeders in the order they run. */
	public List<String> order() {
		return seeders.stream().map(DemoSeeder::name).toList();
	}
}
