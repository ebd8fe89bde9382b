package cn.shuangyong.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of official documents: each number once (the column is unique), the forwarding chain, and the receipts
 * of the units each document was sent to. Every document the platform numbers itself (情况通报, 提醒/催办/督办函) is
 * issued here under the next number of its office's sequence.
 */
@Service
@Transactional
public class DocumentRegistry {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final NumberSequences sequences;

	DocumentRegistry(JdbcClient jdbc, AuditTrail audit, BusinessClock clock, NumberSequences sequences) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.sequences = sequences;
	}

	@Transactional(readOnly = true)
	public Optional<RecordedDocument> byNumber(String docNumber) {
		return jdbc.sql("select * from documents.document where doc_number = :n").param("n", docNumber.strip())
			.query(this::map).optional();
	}

	@Transactional(readOnly = true)
	public Optional<RecordedDocument> byId(long id) {
		return jdbc.sql("select * from documents.document where id = :id").param("id", id).query(this::map).optional();
	}

	/** Records a document; the caller has checked that its number is new. */
	public RecordedDocument record(NewDocument document, String by) {
		long id = jdbc.sql("""
				insert into documents.document (doc_number, issuer, issuer_unit_id, title, kind, forwards_id, region_code,
				  recorded_at, recorded_by)
				values (:number, :issuer, :unit, :title, :kind, :forwards, :region, :at, :by) returning id""")
			.param("number", document.docNumber().strip()).param("issuer", document.issuer())
			.param("unit", document.issuerUnitId()).param("title", document.title()).param("kind", document.kind())
			.param("forwards", document.forwardsId()).param("region", document.regionCode())
			.param("at", Timestamp.from(clock.now())).param("by", by)
			.query(Long.class).single();
		for (int i = 0; i < document.recipients().size(); i++) {
			jdbc.sql("insert into documents.recipient (document_id, position, phrase) values (:d, :p, :phrase)")
				.param("d", id).param("p", i).param("phrase", document.recipients().get(i)).update();
		}
		if (document.forwardsId() != null) {
			signForwarded(document.forwardsId());
		}
		return byId(id).orElseThrow();
	}

	/**
	 * Records a document the platform issues under the next number of the office's sequence for the code and year,
	 * inside the caller's transaction: if that rolls back, the number is not used.
	 */
	public Issued issue(String issuerCode, int year, Issue document, String by) {
		DocNumber number = sequences.next(document.issuerUnitId(), issuerCode, year);
		long id = record(new NewDocument(number.value(), document.issuer(), document.issuerUnitId(), document.title(),
				"ISSUE", null, document.regionCode(), document.recipients()), by).id();
		return new Issued(id, number);
	}

	/** Sends the document to these units; each must sign for it. Sending twice to a unit changes nothing. */
	public void send(long documentId, Collection<Recipient> units) {
		Instant now = clock.now();
		for (Recipient unit : units) {
			jdbc.sql("""
					insert into documents.receipt (document_id, unit_id, region_code, sent_at) values (:d, :u, :r, :at)
					on conflict do nothing""")
				.param("d", documentId).param("u", unit.unitId()).param("r", unit.regionCode())
				.param("at", Timestamp.from(now)).update();
		}
		signForwarded(documentId);
	}

	/**
	 * A unit that forwarded a document has received it: its receipt reads signed for, when and by whom it forwarded,
	 * whichever of the two came into the platform first.
	 */
	private void signForwarded(long documentId) {
		jdbc.sql("""
				update documents.receipt r set signed_at = f.recorded_at, signed_by = f.recorded_by
				from documents.document f
				where r.document_id = :d and f.forwards_id = r.document_id and f.issuer_unit_id = r.unit_id
				  and r.signed_at is null""")
			.param("d", documentId).update();
	}

	/** The user signs for a document on behalf of their unit. */
	public void signFor(long documentId, CurrentUser user) {
		int signed = jdbc.sql("""
				update documents.receipt set signed_at = :at, signed_by = :by
				where document_id = :d and unit_id = :u and signed_at is null""")
			.param("at", Timestamp.from(clock.now())).param("by", user.getUsername()).param("d", documentId)
			.param("u", user.unitId()).update();
		if (signed == 0 && receiptOf(documentId, user.unitId()).isEmpty()) {
			throw new NotFoundException("本单位没有收到该文件");
		}
		if (signed > 0) {
			audit.record(user, "DOCUMENT_SIGNED", AuditTarget.of("DOCUMENT", documentId), "签收文件");
		}
	}

	@Transactional(readOnly = true)
	public List<Receipt> receipts(long documentId) {
		return jdbc.sql(RECEIPTS + " where r.document_id = :d order by r.signed_at nulls first, r.unit_id")
			.param("d", documentId).query(DocumentRegistry::receipt).list();
	}

	/** What a unit has been sent, unsigned first. */
	@Transactional(readOnly = true)
	public List<Receipt> receivedBy(long unitId) {
		return jdbc.sql(RECEIPTS + " where r.unit_id = :u order by r.signed_at nulls first, r.sent_at desc")
			.param("u", unitId).query(DocumentRegistry::receipt).list();
	}

	private Optional<Receipt> receiptOf(long documentId, long unitId) {
		return jdbc.sql(RECEIPTS + " where r.document_id = :d and r.unit_id = :u").param("d", documentId)
			.param("u", unitId).query(DocumentRegistry::receipt).optional();
	}

	private static final String RECEIPTS = """
			select r.document_id, d.doc_number, d.title, r.unit_id, r.region_code, r.sent_at, r.signed_at, r.signed_by
			from documents.receipt r join documents.document d on d.id = r.document_id""";

	private static Receipt receipt(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Timestamp signed = rs.getTimestamp("signed_at");
		return new Receipt(rs.getLong("document_id"), rs.getString("doc_number"), rs.getString("title"),
				rs.getLong("unit_id"), rs.getString("region_code"), rs.getTimestamp("sent_at").toInstant(),
				signed == null ? null : signed.toInstant(), rs.getString("signed_by"));
	}

	private RecordedDocument map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		long id = rs.getLong("id");
		List<String> recipients = jdbc.sql("select phrase from documents.recipient where document_id = :d order by position")
			.param("d", id).query(String.class).list();
		return new RecordedDocument(id, rs.getString("doc_number"), rs.getString("issuer"),
				(Long) rs.getObject("issuer_unit_id"), rs.getString("title"), rs.getString("kind"),
				(Long) rs.getObject("forwards_id"), rs.getString("region_code"), recipients);
	}

	/** A document to record. */
	public record NewDocument(String docNumber, String issuer, Long issuerUnitId, String title, String kind,
			Long forwardsId, String regionCode, List<String> recipients) {
	}

	/** A document the platform numbers and issues itself. */
	public record Issue(String issuer, long issuerUnitId, String title, String regionCode, List<String> recipients) {
	}

	/** The number a document was issued under, and its id in the register. */
	public record Issued(long documentId, DocNumber number) {
	}

	/** A unit a document goes to. */
	public record Recipient(long unitId, String regionCode) {
	}
}
