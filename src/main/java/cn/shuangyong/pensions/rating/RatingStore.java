package cn.shuangyong.pensions.rating;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ratings and their moves. Writes name the version read; a stale one changes nothing and answers 409. */
@Repository
class RatingStore {

	private static final String COLUMNS = """
			select id, person_id, person_name, person_id_masked, region_code, county_code, kind, nature,
			  conscript_or_junior, injured_on, previous_grade, previous_rated_on, circumstances, applied_on, step,
			  step_due, task_id, opinion_grade, opinion_by, opinion_on, opinion_document, notice_id, reported_on,
			  reviewed_on, certificate_number, approved_on, first_month, refused_reason, version
			from pensions.rating""";

	private final JdbcClient jdbc;

	RatingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RatingApplication a, String name, String idMasked, String regionCode, String countyCode, String by,
			Instant at) {
		try {
			return jdbc.sql("""
					insert into pensions.rating (person_id, person_name, person_id_masked, region_code, county_code,
					  kind, nature, conscript_or_junior, injured_on, previous_grade, previous_rated_on, circumstances,
					  applied_on, step, created_by, created_at)
					values (:p, :name, :masked, :r, :c, :kind, :nature, :conscript, :injured, :pg, :pr, :text,
					  :applied, 'APPLIED', :by, :at) returning id""")
				.param("p", a.personId()).param("name", name).param("masked", idMasked).param("r", regionCode)
				.param("c", countyCode).param("kind", a.kind().name()).param("nature", a.nature().name())
				.param("conscript", a.conscriptOrJunior()).param("injured", a.injuredOn())
				.param("pg", a.previousGrade()).param("pr", a.previousRatedOn()).param("text", a.circumstances())
				.param("applied", a.appliedOn()).param("by", by).param("at", Timestamp.from(at)).query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("该优抚对象已有一件正在办理的评残申请，不能重复申请");
		}
	}

	/** Writes the rating's state as of the version it was read at, and the move into its history. */
	void write(Rating r, String by, Instant at, String note) {
		MedicalOpinionColumns o = MedicalOpinionColumns.of(r.opinion());
		int rows = jdbc.sql("""
				update pensions.rating set step = :step, step_due = :due, task_id = :task, opinion_grade = :og,
				  opinion_by = :ob, opinion_on = :oo, opinion_document = :od, notice_id = :notice,
				  reported_on = :reported, reviewed_on = :reviewed, certificate_number = :cert, approved_on = :approved,
				  first_month = :first, refused_reason = :refused, version = version + 1
				where id = :id and version = :v""")
			.param("id", r.id()).param("v", r.version()).param("step", r.step().name()).param("due", r.stepDue())
			.param("task", r.taskId()).param("og", o.grade()).param("ob", o.by()).param("oo", o.on())
			.param("od", o.document()).param("notice", r.noticeId()).param("reported", r.reportedOn())
			.param("reviewed", r.reviewedOn())
			.param("cert", r.approval() == null ? null : r.approval().certificateNumber())
			.param("approved", r.approval() == null ? null : r.approval().approvedOn())
			.param("first", r.approval() == null ? null : r.approval().firstMonth().atDay(1))
			.param("refused", r.refusedReason()).update();
		if (rows == 0) {
			throw new ConflictException("该评残记录已被他人更新，请刷新后再操作");
		}
		event(r.id(), r.step(), by, at, note);
	}

	void event(long ratingId, RatingStep step, String by, Instant at, String note) {
		jdbc.sql("insert into pensions.rating_event (rating_id, step, acted_by, acted_at, note) values (:r, :s, :by, :at, :n)")
			.param("r", ratingId).param("s", step.name()).param("by", by).param("at", Timestamp.from(at))
			.param("n", note).update();
	}

	Optional<Rating> find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(RatingStore::rating).optional();
	}

	Optional<Rating> lock(long id) {
		return jdbc.sql(COLUMNS + " where id = :id for update").param("id", id).query(RatingStore::rating).optional();
	}

	/** The ratings kept in the scope, open ones first, newest first. */
	List<Rating> within(DataScope scope, int limit) {
		return jdbc.sql(COLUMNS + """
				 where region_code like :prefix || '%'
				order by case when step in ('APPROVED', 'REFUSED') then 1 else 0 end, id desc limit :limit""")
			.param("prefix", scope.root()).param("limit", limit).query(RatingStore::rating).list();
	}

	List<Rating> ofPerson(long personId) {
		return jdbc.sql(COLUMNS + " where person_id = :p order by id desc").param("p", personId)
			.query(RatingStore::rating).list();
	}

	List<RatingEvent> events(long ratingId) {
		return jdbc.sql("""
				select step, acted_by, acted_at, note from pensions.rating_event where rating_id = :r
				order by acted_at, ctid""").param("r", ratingId)
			.query((rs, n) -> new RatingEvent(RatingStep.valueOf(rs.getString("step")), rs.getString("acted_by"),
					rs.getTimestamp("acted_at").toInstant(), rs.getString("note")))
			.list();
	}

	private record MedicalOpinionColumns(Integer grade, String by, LocalDate on, String document) {

		static MedicalOpinionColumns of(MedicalOpinion o) {
			return o == null ? new MedicalOpinionColumns(null, null, null, null)
					: new MedicalOpinionColumns(o.grade(), o.by(), o.on(), o.document());
		}
	}

	static Rating rating(ResultSet rs, int row) throws SQLException {
		RatingApplication application = new RatingApplication(rs.getLong("person_id"),
				RatingKind.valueOf(rs.getString("kind")), DisabilityNature.valueOf(rs.getString("nature")),
				rs.getBoolean("conscript_or_junior"), day(rs.getDate("injured_on")),
				(Integer) rs.getObject("previous_grade", Integer.class), day(rs.getDate("previous_rated_on")),
				rs.getString("circumstances"), day(rs.getDate("applied_on")));
		Integer grade = rs.getObject("opinion_grade", Integer.class);
		MedicalOpinion opinion = grade == null ? null
				: new MedicalOpinion(grade, rs.getString("opinion_by"), day(rs.getDate("opinion_on")),
						rs.getString("opinion_document"));
		LocalDate approved = day(rs.getDate("approved_on"));
		Rating.Approval approval = approved == null ? null
				: new Rating.Approval(rs.getString("certificate_number"), approved,
						YearMonth.from(day(rs.getDate("first_month"))));
		return new Rating(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
				rs.getString("person_id_masked"), rs.getString("region_code"), rs.getString("county_code"),
				application, RatingStep.valueOf(rs.getString("step")), day(rs.getDate("step_due")),
				rs.getObject("task_id", Long.class), opinion, rs.getObject("notice_id", Long.class),
				day(rs.getDate("reported_on")), day(rs.getDate("reviewed_on")), approval,
				rs.getString("refused_reason"), rs.getInt("version"));
	}

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
