package cn.shuangyong.directory;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference directory on the first start of an empty database: Yunnan's regions, then the units that do
 * 双拥 work at each level, their leading groups and the phrases documents use for them. Reference data, not demo
 * data: it is loaded whatever the mode, and administrators edit it from then on.
 */
@Component
@Order(10)
class DirectoryCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectoryCatalogue.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final UnitCatalogue units;

	DirectoryCatalogue(JdbcClient jdbc, TransactionTemplate transaction, UnitCatalogue units) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.units = units;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer regions = jdbc.sql("select count(*) from directory.region").query(Integer.class).single();
		if (regions > 0) {
			return;
		}
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			List<Map<String, String>> rows = CatalogueFile.read("directory/regions-53.csv").rows();
			loadRegions(rows);
			units.load(rows);
		});
		log.info("组织机构目录已载入：{} 个行政区划，用时 {} 毫秒",
				jdbc.sql("select count(*) from directory.region").query(Integer.class).single(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private void loadRegions(List<Map<String, String>> rows) {
		List<Object[]> batch = rows.stream()
			.map(r -> new Object[] { r.get("code"), r.get("name"), r.get("level"),
					r.get("parent").isEmpty() ? null : r.get("parent") })
			.toList();
		units.batch("insert into directory.region (code, name, level, parent_code) values (?, ?, ?, ?)", batch);
	}
}
