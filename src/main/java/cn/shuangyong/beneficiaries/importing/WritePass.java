package cn.shuangyong.beneficiaries.importing;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import cn.shuangyong.beneficiaries.PersonEncoding;
import cn.shuangyong.privacy.Sex;

/**
 * The second pass: the file read again, each row to import checked again (the same rules give the same answer) and
 * written as {@link PersonEncoding} says, encrypted under the id the {@link ImportPlan} gives it, by COPY straight
 * into {@code beneficiaries.person}, one COPY per chunk (the roll-ups are counted once afterwards by
 * {@link ImportRollups}).
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

	private int read;

	private int written;

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
		setup.read(row -> {
			read++;
			if (rejected.get(row.ordinal())) {
				return;
			}
			if (!row.valid()) {
				throw new IllegalStateException("第二遍读取时第 " + row.number() + " 行的检查结果与第一遍不同");
			}
			chunk.add(row);
			if (chunk.size() >= setup.chunkRows()) {
				flush();
			}
		});
		flush();
		if (written != plan.rows()) {
			throw new IllegalStateException("写入 " + written + " 人，而检查后确定导入 " + plan.rows() + " 人");
		}
		return written;
	}

	private void flush() {
		if (chunk.isEmpty()) {
			return;
		}
		List<ImportPlan.Entry> entries = plan.between(chunk.get(0).ordinal(), chunk.get(chunk.size() - 1).ordinal());
		if (entries.size() != chunk.size()) {
			throw new IllegalStateException("第二遍读取的行与检查后确定导入的行不一致（第 " + chunk.get(0).number() + " 行起）");
		}
		long job = setup.job().id();
		CopyText.copy(connection, COPY_PERSON, copy -> {
			for (int i = 0; i < chunk.size(); i++) {
				CheckedRow row = chunk.get(i);
				ImportPlan.Entry entry = entries.get(i);
				if (entry.ordinal() != row.ordinal()) {
					throw new IllegalStateException("第二遍读取时第 " + row.number() + " 行不在导入计划中");
				}
				long id = entry.personId();
				PersonEncoding.Encoded number = encoding.idNumber(id, row.id());
				PersonEncoding.Encoded phone = encoding.phone(id, row.phone());
				PersonEncoding.Encoded address = encoding.address(id, row.address());
				copy.field(id).field(entry.householdId())
					.field(PersonEncoding.displayName(row.name())).field(PersonEncoding.nameKey(row.name()))
					.field(row.id().sex() == cn.shuangyong.privacy.Sex.MALE ? "M" : "F")
					.field(row.id().birthDate()).field(encoding.idLookup(row.id())).field(number.cipher())
					.field(number.masked()).field(phone.cipher()).field(phone.masked()).field(address.cipher())
					.field(address.masked()).field(CopyText.array(row.categories()))
					.field(row.place().code()).field(row.place().county()).field(row.place().prefecture())
					.field(row.place().stationUnitId()).field(job).end();
			}
		});
		written += chunk.size();
		chunk.clear();
		progress.report(job, total, total, written);
	}
}
