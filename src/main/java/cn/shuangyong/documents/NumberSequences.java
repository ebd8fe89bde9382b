package cn.shuangyong.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each office's sequence of document numbers under one 机关代字 in one year (云拥办通〔2020〕1号, 2号 …). The serial is
 * taken by one atomic upsert whose row lock lasts until the caller's transaction ends, so two nodes never take the
 * same one; a number the register already holds (recorded by hand, or under another office) is passed over, never
 * given twice.
 */
@Component
class NumberSequences {

	private final JdbcClient jdbc;

	NumberSequences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Must run inside the transaction that records the document under the number. */
	DocNumber next(long issuerUnitId, String issuerCode, int year) {
		while (true) {
			int serial = jdbc.sql("""
					insert into documents.number_sequence (issuer_unit_id, issuer_code, year, last_serial)
					values (:u, :c, :y, 1)
					on conflict (issuer_unit_id, issuer_code, year)
					  do update set last_serial = documents.number_sequence.last_serial + 1
					returning last_serial""")
				.param("u", issuerUnitId).param("c", issuerCode).param("y", year).query(Integer.class).single();
			DocNumber number = new DocNumber(issuerCode, year, serial);
			if (!recorded(number)) {
				return number;
			}
		}
	}

	private boolean recorded(DocNumber number) {
		return jdbc.sql("select 1 from documents.document where doc_number = :n").param("n", number.value())
			.query(Integer.class).optional().isPresent();
	}
}
