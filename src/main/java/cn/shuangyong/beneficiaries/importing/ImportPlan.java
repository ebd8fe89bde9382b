package cn.shuangyong.beneficiaries.importing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the write pass is to write, decided in SQL before it starts: for every row that passed all checks, the id the
 * person gets and the household they join ({@code import_plan}, temporary, dropped at commit). Made in one statement
 * over the checks' table, so the write pass asks the database once per chunk instead of looking up households and
 * drawing ids row by row; the person id is known before the row is encrypted, as its encryption context needs it.
 */
final class ImportPlan {

	/** The ids of one row to write. */
	record Entry(int ordinal, long personId, long householdId) {
	}

	private final int rows;

	private ImportPlan(int rows) {
		this.rows = rows;
	}

	/** Needs {@code import_check}, {@code import_rejected} and the households of {@link CrossRowChecks#households}. */
	static ImportPlan make(JdbcClient jdbc) {
		String sequence = jdbc.sql("select pg_get_serial_sequence('beneficiaries.person', 'id')").query(String.class)
			.single();
		// ids in file order: the inner query sorts, the outer draws the ids as the rows come
		int rows = jdbc.sql("""
				create temp table import_plan on commit drop as
				select s.ordinal, nextval(cast(:sequence as regclass)) person_id, s.household_id
				from (select c.ordinal, h.id household_id from import_check c
				      join beneficiaries.household h on h.head_lookup = c.head_lookup
				      where not exists (select 1 from import_rejected r where r.ordinal = c.ordinal)
				      order by c.ordinal) s""").param("sequence", sequence).update();
		jdbc.sql("alter table import_plan add primary key (ordinal)").update();
		jdbc.sql("analyze import_plan").update();
		return new ImportPlan(rows);
	}

	/** Rows to write. */
	int rows() {
		return rows;
	}

	/**
	 * The entries with ordinals from {@code first} to {@code last}, both included, in file order, read on the
	 * import's own connection (the plan is a temporary table of its transaction) by the write pass's writer thread,
	 * which Spring's transaction binding does not reach.
	 */
	List<Entry> between(java.sql.Connection connection, int first, int last) {
		List<Entry> entries = new ArrayList<>();
		try (var select = connection.prepareStatement("""
				select ordinal, person_id, household_id from import_plan where ordinal between ? and ?
				order by ordinal""")) {
			select.setInt(1, first);
			select.setInt(2, last);
			try (var rs = select.executeQuery()) {
				while (rs.next()) {
					entries.add(new Entry(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
				}
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException("读取导入计划失败：" + e.getMessage(), e);
		}
		return entries;
	}
}
