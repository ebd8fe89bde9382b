package cn.shuangyong.beneficiaries.importing;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import cn.shuangyong.beneficiaries.PersonEncoding;
import cn.shuangyong.privacy.Sex;

/**
 * The second pass: the file read again, each row to import checked again (the same rules give the same answer) and
 * written as {@link PersonEncoding} says, encrypted under the id the {@link ImportPlan} gives it, by COPY straight
 * into {@code beneficiaries.person}, one COPY per chunk (the roll-ups are counted once afterwards by
 * {@link ImportRollups}).
 * <p>
 * Two threads share the work, so that neither the database nor the reading waits for the other: the calling thread
 * reads and checks the file and hands each full chunk over; a writer thread takes the chunk's ids from the plan,
 * encrypts its rows (spread over the cores: SM4-GCM three times and one HMAC-SM3 per row) and COPYs them. Only the
 * writer uses the import's connection while the pass runs, and at most one chunk waits while another is written, so
 * memory holds two chunks whatever the file's size.
 */
final class WritePass {

	private static final String COPY_PERSON = """
			copy beneficiaries.person (id, household_id, name, name_key, sex, birth_date, id_lookup, id_cipher, id_masked,
			  phone_cipher, phone_masked, address_cipher, address_masked, categories, region_code, county_code,
			  prefecture_code, station_unit_id, import_id) from stdin""";

	private final ImportPass.Setup setup;

	private final ImportPlan plan;

	private final Connection connection;

	private final PersonEncoding encoding;

	private final ImportProgress progress;

	private final BitSet rejected;

	private final int total;

	private final List<CheckedRow> chunk = new ArrayList<>();

	private int written;

	private Future<?> writing;

	WritePass(ImportPass.Setup setup, ImportPlan plan, Connection connection, PersonEncoding encoding,
			ImportProgress progress, BitSet rejected, int total) {
		this.setup = setup;
		this.plan = plan;
		this.connection = connection;
		this.encoding = encoding;
		this.progress = progress;
		this.rejected = rejected;
		this.total = total;
	}

	int run() {
		ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "import-writer"));
		try {
			setup.read(row -> {
				if (rejected.get(row.ordinal())) {
					return;
				}
				if (!row.valid()) {
					throw new IllegalStateException("第二遍读取时第 " + row.number() + " 行的检查结果与第一遍不同");
				}
				chunk.add(row);
				if (chunk.size() >= setup.chunkRows()) {
					handOver(writer);
				}
			});
			handOver(writer);
			awaitWriting();
		}
		finally {
			// the connection is the transaction's: nothing may still write on it when the caller commits or rolls back
			quietlyAwaitWriting();
			writer.shutdown();
		}
		if (written != plan.rows()) {
			throw new IllegalStateException("写入 " + written + " 人，而检查后确定导入 " + plan.rows() + " 人");
		}
		return written;
	}

	private void handOver(ExecutorService writer) {
		if (chunk.isEmpty()) {
			return;
		}
		List<CheckedRow> rows = List.copyOf(chunk);
		chunk.clear();
		awaitWriting();
		writing = writer.submit(() -> write(rows));
	}

	private void write(List<CheckedRow> rows) {
		List<ImportPlan.Entry> entries = plan.between(connection, rows.get(0).ordinal(), rows.get(rows.size() - 1).ordinal());
		if (entries.size() != rows.size()) {
			throw new IllegalStateException("第二遍读取的行与检查后确定导入的行不一致（第 " + rows.get(0).number() + " 行起）");
		}
		long job = setup.job().id();
		List<byte[]> lines = IntStream.range(0, rows.size()).parallel()
			.mapToObj(i -> line(rows.get(i), entries.get(i), job)).toList();
		CopyText.copy(connection, COPY_PERSON, copy -> lines.forEach(copy::line));
		written += rows.size();
		progress.report(job, total, total, written);
	}

	private byte[] line(CheckedRow row, ImportPlan.Entry entry, long job) {
		if (entry.ordinal() != row.ordinal()) {
			throw new IllegalStateException("第二遍读取时第 " + row.number() + " 行不在导入计划中");
		}
		long id = entry.personId();
		PersonEncoding.Encoded number = encoding.idNumber(id, row.id());
		PersonEncoding.Encoded phone = encoding.phone(id, row.phone());
		PersonEncoding.Encoded address = encoding.address(id, row.address());
		return CopyText.line(copy -> copy.field(id).field(entry.householdId())
			.field(PersonEncoding.displayName(row.name())).field(PersonEncoding.nameKey(row.name()))
			.field(row.id().sex() == Sex.MALE ? "M" : "F")
			.field(row.id().birthDate()).field(encoding.idLookup(row.id())).field(number.cipher())
			.field(number.masked()).field(phone.cipher()).field(phone.masked()).field(address.cipher())
			.field(address.masked()).field(CopyText.array(row.categories()))
			.field(row.place().code()).field(row.place().county()).field(row.place().prefecture())
			.field(row.place().stationUnitId()).field(job).end());
	}

	/** Waits for the chunk being written; its failure (a broken row, the database) ends the pass as it came. */
	private void awaitWriting() {
		if (writing == null) {
			return;
		}
		try {
			writing.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("导入被中断", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		}
		finally {
			writing = null;
		}
	}

	private void quietlyAwaitWriting() {
		try {
			awaitWriting();
		}
		catch (RuntimeException ignored) {
			// the pass already fails with the first failure
		}
	}
}
