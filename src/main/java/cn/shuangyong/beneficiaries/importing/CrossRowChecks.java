package cn.shuangyong.beneficiaries.importing;

import java.sql.Connection;
import java.util.BitSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks that need more than one row, run in SQL over the validation pass's temporary table: a person appears
 * once per file (every row of a repeated ID number is flagged, none is picked), and a person already registered is
 * not imported again (no silent overwrite, security requirements §3 #10). Then the households of the rows to import;
 * those it creates are listed in {@code import_new_household} for {@link ImportRollups}.
 */
final class CrossRowChecks {

	private final JdbcClient jdbc;

	private final long jobId;

	private final String idColumn;

	CrossRowChecks(JdbcClient jdbc, long jobId, String idColumn) {
		this.jdbc = jdbc;
		this.jobId = jobId;
		this.idColumn = idColumn;
	}

	/** Adds the rows these checks reject to those rejected already, and records why. */
	BitSet run(BitSet rejected) {
		jdbc.sql("""
				create temp table import_repeated on commit drop as
				select id_lookup, array_agg(row_no order by ordinal) row_nos, count(*) n
				from import_check group by id_lookup having count(*) > 1""").update();
		jdbc.sql("""
				insert into beneficiaries.import_problem (job_id, row_no, sheet, column_name, severity, reason,
				  person_name, id_masked)
				select :job, c.row_no, c.sheet, :column, 'ERROR',
				  '文件内重复：第 ' || array_to_string(r.row_nos[1 : 10], '、') || case when r.n > 10 then ' 等 ' || r.n
				    || ' 行' else ' 行' end || '是同一个公民身份号码，一人在一个文件中只能出现一次，请合并为一行',
				  c.person_name, c.id_masked
				from import_check c join import_repeated r on r.id_lookup = c.id_lookup order by c.ordinal""")
			.param("job", jobId).param("column", idColumn).update();
		jdbc.sql("select c.ordinal from import_check c join import_repeated r on r.id_lookup = c.id_lookup")
			.query(rs -> {
				rejected.set(rs.getInt(1));
			});
		jdbc.sql("""
				insert into beneficiaries.import_problem (job_id, row_no, sheet, column_name, severity, reason,
				  person_name, id_masked)
				select :job, c.row_no, c.sheet, :column, 'ERROR',
				  '已存在：平台中已登记了这个公民身份号码的人员，本行未导入（导入不覆盖已有记录，如需修改请到人员信息中办理）',
				  c.person_name, c.id_masked
				from import_check c where exists (select 1 from beneficiaries.person p where p.id_lookup = c.id_lookup)
				order by c.ordinal""")
			.param("job", jobId).param("column", idColumn).update();
		jdbc.sql("""
				select c.ordinal from import_check c
				where exists (select 1 from beneficiaries.person p where p.id_lookup = c.id_lookup)""")
			.query(rs -> {
				rejected.set(rs.getInt(1));
			});
		return rejected;
	}

	/**
	 * A household for each head among the rows to import that has none yet, placed where its head lives when the
	 * head is in the file, else where its first member lives. A household already registered is joined, not changed.
	 */
	void households(Connection connection, BitSet rejected) {
		jdbc.sql("create temp table import_rejected (ordinal int primary key) on commit drop").update();
		CopyText.copy(connection, "copy import_rejected (ordinal) from stdin", copy -> {
			for (int i = rejected.nextSetBit(0); i >= 0; i = rejected.nextSetBit(i + 1)) {
				copy.field(i).end();
			}
		});
		jdbc.sql("analyze import_rejected").update();
		jdbc.sql("create temp table import_new_household (id bigint primary key) on commit drop").update();
		// sorted byte-wise: the hashes are hex, so this is the unique index's order and its pages fill one after another
		jdbc.sql("""
				with added as (
				  insert into beneficiaries.household (head_lookup, region_code, station_unit_id)
				  select distinct on (c.head_lookup collate "C") c.head_lookup, c.region_code, c.station_unit_id
				  from import_check c
				  where not exists (select 1 from import_rejected r where r.ordinal = c.ordinal)
				  order by c.head_lookup collate "C", (c.id_lookup = c.head_lookup) desc, c.ordinal
				  on conflict (head_lookup) do nothing
				  returning id)
				insert into import_new_household (id) select id from added""").update();
		jdbc.sql("analyze import_new_household").update();
	}
}
