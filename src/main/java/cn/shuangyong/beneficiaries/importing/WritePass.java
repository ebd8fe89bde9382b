package cn.shuangyong.beneficiaries.importing;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.beneficiaries.PersonEncoding;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The second pass: the file read again, each row to import checked again (the same rules give the same answer) and
 * written as {@link PersonEncoding} says, encrypted under the id it is given here, by COPY straight into
 * {@code beneficiaries.person}, one COPY per chunk, so the table's statement-level triggers see every chunk.
 */
final class WritePass {

	private static final String COPY_PERSON = """
			copy beneficiaries.person (id, household_id, name, name_key, sex, birth_date, id_lookup, id_cipher, id_masked,
			  phone_cipher, phone_masked, address_cipher, address_masked, categories, region_code, county_code,
			  prefecture_code, station_unit_id, import_id) from stdin""";

	private final ImportPass.Setup setup;

	private final JdbcClient jdbc;

	private final Connection connection;

	private final PersonEncoding encoding;

	private final ImportProgress progress;

	private final BitSet rejected;

	private final int total;

	private final List<CheckedRow> chunk = new ArrayList<>();

	private int read;

	private int written;

	WritePass(ImportPass.Setup setup, JdbcClient jdbc, Connection connection, PersonEncoding encoding,
			ImportProgress progress, BitSet rejected, int total) {
		this.setup = setup;
		this.jdbc = jdbc;
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
		return written;
	}

	private void flush() {
		if (chunk.isEmpty()) {
			return;
		}
		List<Long> ids = jdbc.sql("""
				select nextval(pg_get_serial_sequence('beneficiaries.person', 'id')) from generate_series(1, :n)""")
			.param("n", chunk.size()).query(Long.class).list();
		Map<String, Long> households = households();
		long job = setup.job().id();
		CopyText.copy(connection, COPY_PERSON, copy -> {
			for (int i = 0; i < chunk.size(); i++) {
				CheckedRow row = chunk.get(i);
				long id = ids.get(i);
				PersonEncoding.Encoded number = encoding.idNumber(id, row.id());
				PersonEncoding.Encoded phone = encoding.phone(id, row.phone());
				PersonEncoding.Encoded address = encoding.address(id, row.address());
				copy.field(id).field(households.get(encoding.householdKey(row.householdHead())))
					.field(PersonEncoding.displayName(row.name())).field(PersonEncoding.nameKey(row.name()))
					.field(row.id().sex() == cn.shuangyong.beneficiaries.Sex.MALE ? "M" : "F")
					.field(row.id().birthDate()).field(encoding.idLookup(row.id())).field(number.cipher())
					.field(number.masked()).field(phone.cipher()).field(phone.masked()).field(address.cipher())
					.field(address.masked()).field("{" + String.join(",", row.categories()) + "}")
					.field(row.place().code()).field(row.place().county()).field(row.place().prefecture())
					.field(row.place().stationUnitId()).field(job).end();
			}
		});
		written += chunk.size();
		chunk.clear();
		progress.report(job, total, total, written);
	}

	private Map<String, Long> households() {
		Set<String> keys = new LinkedHashSet<>();
		chunk.forEach(row -> keys.add(encoding.householdKey(row.householdHead())));
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select head_lookup, id from beneficiaries.household where head_lookup = any(:keys)")
			.param("keys", keys.toArray(String[]::new))
			.query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}
}
