package cn.shuangyong.documents.publicnotice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves 公示 and their objections. Every change raises the 公示's version, so a close decided on what
 * someone saw before a new objection came in is refused rather than carried out.
 */
@Repository
class PublicNoticeStore {

	private static final String NOTICE = """
			select id, subject_module, subject_id, subject_title, region_code, starts_on, ends_on, working_days, doc_number,
			  version, outcome, closing_note, closed_on
			from documents.public_notice""";

	private static final String OBJECTION = """
			select id, notice_id, received_on, objector, channel, content, recorded_by, recorded_at, upheld, reason, reply,
			  answered_by, answered_on
			from documents.objection""";

	private final JdbcClient jdbc;

	PublicNoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Subject subject, String regionCode, NoticePeriod period, long documentId, String docNumber, String by,
			Instant at) {
		return jdbc.sql("""
				insert into documents.public_notice (subject_module, subject_id, subject_title, region_code, starts_on,
				  ends_on, working_days, document_id, doc_number, opened_by, opened_at)
				values (:module, :record, :title, :region, :start, :end, :days, :document, :number, :by, :at)
				returning id""")
			.param("module", subject.module()).param("record", subject.recordId()).param("title", subject.title())
			.param("region", regionCode).param("start", period.start()).param("end", period.end())
			.param("days", period.workingDays()).param("document", documentId).param("number", docNumber)
			.param("by", by).param("at", Timestamp.from(at)).query(Long.class).single();
	}

	Optional<PublicNotice> find(long id) {
		return jdbc.sql(NOTICE + " where id = :id").param("id", id).query(PublicNoticeStore::notice).optional();
	}

	/** The subject's latest 公示: a subject may run one again after one that did not pass. */
	Optional<PublicNotice> latestOf(String module, long recordId) {
		return jdbc.sql(NOTICE + " where subject_module = :m and subject_id = :r order by id desc limit 1")
			.param("m", module).param("r", recordId).query(PublicNoticeStore::notice).optional();
	}

	/** Saves a close; refused if the 公示 changed since it was loaded. */
	void saveClosing(PublicNotice notice, String by) {
		int updated = jdbc.sql("""
				update documents.public_notice set outcome = :outcome, closing_note = :note, closed_on = :on,
				  closed_by = :by, version = version + 1
				where id = :id and version = :version and outcome is null""")
			.param("outcome", notice.outcome().name()).param("note", notice.closingNote())
			.param("on", notice.closedOn()).param("by", by).param("id", notice.id()).param("version", notice.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("该公示已被他人修改，请刷新后再操作");
		}
	}

	/**
	 * Raises the version of a running 公示, under its row lock until the transaction ends: an objection recorded or
	 * answered makes every earlier view of the 公示 stale.
	 */
	void touch(long noticeId) {
		if (jdbc.sql("update documents.public_notice set version = version + 1 where id = :id and outcome is null")
			.param("id", noticeId).update() == 0) {
			throw new ConflictException("该公示已经结束，不能再登记或答复异议");
		}
	}

	long insertObjection(long noticeId, ObjectionInput objection, String by, Instant at) {
		return jdbc.sql("""
				insert into documents.objection (notice_id, received_on, objector, channel, content, recorded_by, recorded_at)
				values (:n, :d, :o, :ch, :t, :by, :at) returning id""")
			.param("n", noticeId).param("d", objection.receivedOn()).param("o", objection.objector())
			.param("ch", objection.channel()).param("t", objection.content()).param("by", by)
			.param("at", Timestamp.from(at)).query(Long.class).single();
	}

	Optional<Objection> objection(long noticeId, long objectionId) {
		return jdbc.sql(OBJECTION + " where id = :o and notice_id = :n").param("o", objectionId).param("n", noticeId)
			.query(PublicNoticeStore::objection).optional();
	}

	List<Objection> objections(long noticeId) {
		return jdbc.sql(OBJECTION + " where notice_id = :n order by received_on, id").param("n", noticeId)
			.query(PublicNoticeStore::objection).list();
	}

	/** Records the answer once: an objection already answered keeps its answer. */
	void answer(long objectionId, ObjectionAnswer answer, String by, LocalDate on) {
		int updated = jdbc.sql("""
				update documents.objection set upheld = :u, reason = :r, reply = :a, answered_by = :by, answered_on = :on
				where id = :o and reply is null""")
			.param("u", answer.upheld()).param("r", answer.reason()).param("a", answer.reply()).param("by", by)
			.param("on", on).param("o", objectionId).update();
		if (updated == 0) {
			throw new ConflictException("该异议已经答复");
		}
	}

	private static PublicNotice notice(ResultSet rs, int i) throws SQLException {
		String outcome = rs.getString("outcome");
		return new PublicNotice(rs.getLong("id"),
				new Subject(rs.getString("subject_module"), rs.getLong("subject_id"), rs.getString("subject_title")),
				rs.getString("region_code"), new NoticePeriod(rs.getObject("starts_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class), rs.getInt("working_days")),
				rs.getString("doc_number"), rs.getInt("version"))
			.restoreClosing(outcome == null ? null : NoticeOutcome.valueOf(outcome), rs.getString("closing_note"),
					rs.getObject("closed_on", LocalDate.class));
	}

	private static Objection objection(ResultSet rs, int i) throws SQLException {
		return new Objection(rs.getLong("id"), rs.getLong("notice_id"), rs.getObject("received_on", LocalDate.class),
				rs.getString("objector"), rs.getString("channel"), rs.getString("content"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), (Boolean) rs.getObject("upheld"), rs.getString("reason"),
				rs.getString("reply"), rs.getString("answered_by"), rs.getObject("answered_on", LocalDate.class));
	}
}
