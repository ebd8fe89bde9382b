package cn.shuangyong.beneficiaries.importing;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import cn.shuangyong.beneficiaries.PersonEncoding;
import cn.shuangyong.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first pass: every row read and checked on its own; its problems and warnings go to the report table, and each
 * row with a valid ID number goes, as its lookup hash and region only, to a temporary table for the checks across
 * rows. Chunk by chunk, so memory holds one chunk whatever the file's size; nothing here is personal data in clear.
 */
final class ValidationPass {

	/** What the pass found: rows read, rows rejected on their own, rows with warnings, and the ID column's heading. */
	record Result(int total, BitSet rejected, int warned, String idColumn) {
	}

	private final ImportPass.Setup setup;

	private final JdbcClient jdbc;

	private final Connection connection;

	private final PersonEncoding encoding;

	private final ImportProgress progress;

	private final List<CheckedRow> chunk = new ArrayList<>();

	private final BitSet rejected = new BitSet();

	private int warned;

	private int validated;

	ValidationPass(ImportPass.Setup setup, JdbcClient jdbc, Connection connection, PersonEncoding encoding,
			ImportProgress progress) {
		this.setup = setup;
		this.jdbc = jdbc;
		this.connection = connection;
		this.encoding = encoding;
		this.progress = progress;
	}

	Result run() {
		jdbc.sql("""
				create temp table import_check (ordinal int, sheet text, row_no int, id_lookup text,
				  head_lookup text, region_code text, county_code text, prefecture_code text,
				  station_unit_id bigint, categories text[], person_name text, id_masked text) on commit drop""").update();
		FileRows rows = setup.read(row -> {
			chunk.add(row);
			if (chunk.size() >= setup.chunkRows()) {
				flush();
			}
		});
		flush();
		if (!rows.sawHeading()) {
			throw new ImportFileException(ImportFileException.Kind.INVALID, "文件中没有任何内容：请使用导入模板填写后再上传");
		}
		if (rows.rows() == 0) {
			throw new ImportFileException(ImportFileException.Kind.INVALID, "文件只有表头，没有数据行");
		}
		return new Result(rows.rows(), rejected, warned, rows.idHeading());
	}

	private byte[] checkLine(CheckedRow row) {
		// one hash per row when the person heads their own household, as most do
		String lookup = encoding.idLookup(row.id());
		String head = row.householdHead().equals(row.id()) ? lookup : encoding.householdKey(row.householdHead());
		RegionIndex.Place place = row.place();
		return CopyText.line(copy -> copy.field(row.ordinal()).field(row.sheet()).field(row.number()).field(lookup)
			.field(head).field(place == null ? null : place.code()).field(place == null ? null : place.county())
			.field(place == null ? null : place.prefecture()).field(place == null ? null : place.stationUnitId())
			.field(row.categories() == null ? null : CopyText.array(row.categories())).field(row.name())
			.field(Masking.idNumber(row.id().value())).end());
	}

	private void flush() {
		if (chunk.isEmpty()) {
			return;
		}
		long job = setup.job().id();
		CopyText.copy(connection, """
				copy beneficiaries.import_problem (job_id, row_no, sheet, column_name, severity, reason, person_name,
				  id_masked) from stdin""", copy -> {
			for (CheckedRow row : chunk) {
				String masked = row.id() == null ? null : Masking.idNumber(row.id().value());
				row.problems().forEach(p -> copy.field(job).field(row.number()).field(row.sheet()).field(p.column())
					.field("ERROR").field(p.reason()).field(row.name()).field(masked).end());
				row.warnings().forEach(p -> copy.field(job).field(row.number()).field(row.sheet()).field(p.column())
					.field("WARNING").field(p.reason()).field(row.name()).field(masked).end());
			}
		});
		// the hashes, the chunk's costliest part, spread over the cores; the lines are sent in file order
		List<byte[]> lines = chunk.parallelStream().filter(row -> row.id() != null).map(this::checkLine).toList();
		CopyText.copy(connection, """
				copy import_check (ordinal, sheet, row_no, id_lookup, head_lookup, region_code, county_code,
				  prefecture_code, station_unit_id, categories, person_name, id_masked) from stdin""",
				copy -> lines.forEach(copy::line));
		for (CheckedRow row : chunk) {
			if (!row.valid()) {
				rejected.set(row.ordinal());
			}
			if (!row.warnings().isEmpty()) {
				warned++;
			}
		}
		validated += chunk.size();
		chunk.clear();
		progress.report(setup.job().id(), validated, validated, 0);
	}
}
