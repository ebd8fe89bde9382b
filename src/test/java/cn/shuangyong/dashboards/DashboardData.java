package cn.shuangyong.dashboards;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans, items and tasks written straight into their tables, so a dashboard test knows every number it should show.
 * Test data only; the platform itself writes these through publishing and the task life.
 */
final class DashboardData {

	private static final AtomicLong documents = new AtomicLong(900_000 + System.nanoTime() % 10_000);

	private final JdbcClient jdbc;

	DashboardData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long unit(String name) {
		return jdbc.sql("select id from directory.unit where name = :n or catalogue_key = :n order by id limit 1")
			.param("n", name).query(Long.class).single();
	}

	long plan(String title, String region, long issuer, Long parent) {
		return jdbc.sql("""
				insert into plans.work_plan (title, year, issuer_unit_id, region_code, document_id, doc_number, issuer,
				  parent_plan_id, issued_on, published_at, published_by)
				values (:t, 2020, :u, :r, :d, :n, '测试发文单位', :p, date '2020-03-02', now(), 'test') returning id""")
			.param("t", title).param("u", issuer).param("r", region).param("d", documents.incrementAndGet())
			.param("n", "测试〔2020〕" + documents.get() + "号").param("p", parent).query(Long.class).single();
	}

	long section(long plan, int position, String title) {
		return jdbc.sql("insert into plans.section (plan_id, position, title) values (:p, :pos, :t) returning id")
			.param("p", plan).param("pos", position).param("t", title).query(Long.class).single();
	}

	long item(long plan, long section, int position) {
		return jdbc.sql("""
				insert into plans.work_item (plan_id, section_id, position, item_no, text, origin, lead_mode)
				values (:p, :s, :pos, :no, '测试要点内容，用于统计图表', 'ITEM', 'SINGLE') returning id""")
			.param("p", plan).param("s", section).param("pos", position).param("no", Integer.toString(position + 1))
			.query(Long.class).single();
	}

	/** A task of the item; a sign-off date makes it signed off, otherwise it is in progress. */
	long task(long plan, long item, String region, long lead, long issuer, String issuerRegion, String deadline,
			String signedOffOn) {
		long id = jdbc.sql("""
				insert into supervision.task (plan_id, item_id, item_no, source_id, title, region_code, issuer_unit_id,
				  issuer_region, state, deadline, signed_off_on, created_at, lead_unit_id)
				values (:p, :i, '1', :i, '测试任务', :r, :iu, :ir, :s, :d, :o, :at, :l) returning id""")
			.param("l", lead).param("p", plan).param("i", item).param("r", region).param("iu", issuer).param("ir", issuerRegion)
			.param("s", signedOffOn == null ? "IN_PROGRESS" : "SIGNED_OFF").param("d", LocalDate.parse(deadline))
			.param("o", signedOffOn == null ? null : LocalDate.parse(signedOffOn))
			.param("at", Timestamp.from(Instant.parse("2020-03-02T01:00:00Z"))).query(Long.class).single();
		jdbc.sql("insert into supervision.task_unit (task_id, unit_id, role, position) values (:t, :u, 'LEAD', 0)")
			.param("t", id).param("u", lead).update();
		return id;
	}
}
