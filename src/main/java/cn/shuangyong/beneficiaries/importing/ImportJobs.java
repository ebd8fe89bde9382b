package cn.shuangyong.beneficiaries.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import jobs as the table keeps them. */
@Repository
class ImportJobs {

	private static final String COLUMNS = """
			id, unit_id, scope_region, actor, file_name, file_format, mode, status, rows_read, rows_validated,
			rows_written, total, imported, rejected, warned, message, created_at, finished_at""";

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new job for this file and unit, or nothing when the unit has one already: the unique (unit, file hash) lets
	 * one of two simultaneous uploads of the same file through and turns the other away.
	 */
	Optional<Long> create(NewJob job) {
		return jdbc.sql("""
				insert into beneficiaries.import_job (unit_id, scope_region, actor, file_sha256, file_name, file_format,
				  source, stored_file, mode, status)
				values (:unit, :scope, :actor, :sha, :name, :format, :source, :stored, :mode, 'RUNNING')
				on conflict (unit_id, file_sha256) do nothing
				returning id""")
			.param("unit", job.unitId()).param("scope", job.scopeRegion()).param("actor", job.actor())
			.param("sha", job.sha256()).param("name", job.fileName()).param("format", job.format().name())
			.param("source", job.source()).param("stored", job.storedFile()).param("mode", job.mode().name())
			.query(Long.class).optional();
	}

	Optional<Long> idOf(long unitId, String sha256) {
		return jdbc.sql("select id from beneficiaries.import_job where unit_id = :unit and file_sha256 = :sha")
			.param("unit", unitId).param("sha", sha256).query(Long.class).optional();
	}

	/** Runs a failed job again with this upload: a failed job imported nothing, so running it again adds nothing twice. */
	boolean restartFailed(long id, NewJob job) {
		return jdbc.sql("""
				update beneficiaries.import_job set status = 'RUNNING', mode = :mode, stored_file = :stored, actor = :actor,
				  file_name = :name, rows_read = 0, rows_validated = 0, rows_written = 0, total = 0, imported = 0,
				  rejected = 0, warned = 0, message = null, finished_at = null, attempts = attempts + 1
				where id = :id and status = 'FAILED'""")
			.param("id", id).param("mode", job.mode().name()).param("stored", job.storedFile())
			.param("actor", job.actor()).param("name", job.fileName()).update() == 1;
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from beneficiaries.import_job where id = :id").param("id", id)
			.query(ImportJobs::job).optional();
	}

	Optional<String> storedFile(long id) {
		return jdbc.sql("select stored_file from beneficiaries.import_job where id = :id").param("id", id)
			.query(String.class).optional();
	}

	String source(long id) {
		return jdbc.sql("select source from beneficiaries.import_job where id = :id").param("id", id)
			.query(String.class).single();
	}

	List<Long> running() {
		return jdbc.sql("select id from beneficiaries.import_job where status = 'RUNNING' order by id")
			.query(Long.class).list();
	}

	/** The jobs whose importing scope lies within the given one, the latest first. */
	ListPage<ImportJob> recent(DataScope scope, Paging paging) {
		long total = scope.bind(jdbc.sql("select count(*) from beneficiaries.import_job where scope_region like :scope"))
			.query(Long.class).single();
		return paging.of(paging.bind(scope.bind(jdbc.sql("select " + COLUMNS
				+ " from beneficiaries.import_job where scope_region like :scope order by id desc" + Paging.SQL)))
			.query(ImportJobs::job).list(), total);
	}

	void progress(long id, int read, int validated, int written) {
		jdbc.sql("""
				update beneficiaries.import_job set rows_read = :read, rows_validated = :validated, rows_written = :written
				where id = :id and status = 'RUNNING'""")
			.param("id", id).param("read", read).param("validated", validated).param("written", written).update();
	}

	void finish(long id, ImportStatus status, Counts counts, String message) {
		jdbc.sql("""
				update beneficiaries.import_job set status = :status, rows_read = :total, rows_validated = :total,
				  rows_written = :imported, total = :total, imported = :imported, rejected = :rejected, warned = :warned,
				  message = :message, finished_at = now(), stored_file = null
				where id = :id""")
			.param("id", id).param("status", status.name()).param("total", counts.total())
			.param("imported", counts.imported()).param("rejected", counts.rejected()).param("warned", counts.warned())
			.param("message", message).update();
	}

	private static ImportJob job(ResultSet rs, int row) throws SQLException {
		return new ImportJob(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("scope_region"), rs.getString("actor"),
				rs.getString("file_name"), ImportFormat.valueOf(rs.getString("file_format")),
				ImportMode.valueOf(rs.getString("mode")), ImportStatus.valueOf(rs.getString("status")),
				rs.getInt("rows_read"), rs.getInt("rows_validated"), rs.getInt("rows_written"), rs.getInt("total"),
				rs.getInt("imported"), rs.getInt("rejected"), rs.getInt("warned"), rs.getString("message"),
				rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
	}

	/** What a finished run counted. */
	record Counts(int total, int imported, int rejected, int warned) {

		static final Counts NONE = new Counts(0, 0, 0, 0);
	}

	/** A job about to be created. */
	record NewJob(long unitId, String scopeRegion, String actor, String sha256, String fileName, ImportFormat format,
			String source, String storedFile, ImportMode mode) {
	}
}
