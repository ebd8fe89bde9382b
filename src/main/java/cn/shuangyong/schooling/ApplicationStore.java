package cn.shuangyong.schooling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.privacy.Masking;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applications in the database. The child's ID number is written the registry's way: encrypted under the context
 * {@code schooling.application:<id>:id_number}, with a masked copy and a lookup hash that keeps one application per
 * child and term.
 */
@Repository
class ApplicationStore {

	static final String TABLE = "schooling.application";

	private static final String COLUMNS = """
			a.id, a.child_name, a.id_masked, a.stage, a.basis, a.soldier_unit_id, a.filed_by_unit_id, a.assigned_unit_id,
			a.review_unit_id, a.region_code, a.wished_school, a.documents, a.term_year, a.season, a.term_starts_on,
			a.applied_on, a.decide_by, a.state, a.school, a.reasons, a.decided_on, a.review_asked_on, a.review_reasons,
			a.reviewed_on, a.task_id, a.review_task_id, a.version""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final LookupHash lookup;

	ApplicationStore(JdbcClient jdbc, FieldCipher cipher, LookupHash lookup) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.lookup = lookup;
	}

	long insert(NewApplication a, Placement placement, String by) {
		long id = jdbc.sql("select nextval(pg_get_serial_sequence('schooling.application', 'id'))").query(Long.class)
			.single();
		try {
			jdbc.sql("""
					insert into schooling.application (id, child_name, id_cipher, id_masked, id_lookup, stage, basis,
					  soldier_unit_id, filed_by_unit_id, assigned_unit_id, review_unit_id, region_code, wished_school,
					  documents, term_year, season, term_starts_on, applied_on, decide_by, state, created_by)
					values (:id, :name, :cipher, :masked, :lookup, :stage, :basis, :soldier, :filed, :assigned, :review,
					  :region, :school, :documents, :year, :season, :termStart, :applied, :decideBy, 'SUBMITTED', :by)""")
				.params(Map.ofEntries(Map.entry("id", id), Map.entry("name", a.childName()),
						Map.entry("cipher", cipher.encrypt(a.idNumber().value(), TABLE + ":" + id + ":id_number")),
						Map.entry("masked", Masking.idNumber(a.idNumber().value())),
						Map.entry("lookup", lookup.of(a.idNumber().value())), Map.entry("stage", a.stage().name()),
						Map.entry("basis", a.basis().name()), Map.entry("filed", placement.filedBy()),
						Map.entry("assigned", placement.assigned()), Map.entry("review", placement.reviewer()),
						Map.entry("region", a.regionCode()), Map.entry("school", a.wishedSchool()),
						Map.entry("year", a.term().year()), Map.entry("season", a.term().season().name()),
						Map.entry("termStart", placement.termStart()), Map.entry("applied", placement.appliedOn()),
						Map.entry("decideBy", placement.decideBy()), Map.entry("by", by)))
				.param("soldier", a.soldierUnitId(), Types.BIGINT).param("documents", a.documents(), Types.VARCHAR)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("此子女在该学期已有入学申请，请勿重复提交");
		}
		return id;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from schooling.application a where a.id = :id").param("id", id)
			.query(ApplicationStore::row).optional();
	}

	ListPage<Row> page(ApplicationReader.Sight sight, ApplicationFilter filter, LocalDate today, int warningDays,
			Paging paging) {
		String where = " from schooling.application a where " + sight.condition() + filter.condition();
		Map<String, Object> values = filter.bind(sight.parameters(), today, warningDays);
		long total = jdbc.sql("select count(*)" + where).params(values).query(Long.class).single();
		List<Row> rows = paging.bind(jdbc.sql("select " + COLUMNS + where
				+ " order by a.state not in ('SUBMITTED', 'UNDER_REVIEW'), a.decide_by, a.id" + Paging.SQL).params(values))
			.query(ApplicationStore::row).list();
		return paging.of(rows, total);
	}

	void decide(long id, int version, ApplicationState to, String school, String reasons, LocalDate on) {
		changed(jdbc.sql("""
				update schooling.application set state = :state, school = :school, reasons = :reasons, decided_on = :on,
				  version = version + 1
				where id = :id and version = :version""")
			.param("state", to.name()).param("school", school, Types.VARCHAR).param("reasons", reasons, Types.VARCHAR)
			.param("on", on).param("id", id).param("version", version).update());
	}

	void askReview(long id, int version, String reasons, LocalDate on, LocalDate decideBy) {
		changed(jdbc.sql("""
				update schooling.application set state = 'UNDER_REVIEW', review_reasons = :reasons, review_asked_on = :on,
				  decide_by = :decideBy, version = version + 1
				where id = :id and version = :version and review_asked_on is null""")
			.param("reasons", reasons).param("on", on).param("decideBy", decideBy).param("id", id)
			.param("version", version).update());
	}

	void review(long id, int version, ApplicationState to, String school, String reasons, LocalDate on) {
		changed(jdbc.sql("""
				update schooling.application set state = :state, school = :school, reasons = :reasons, reviewed_on = :on,
				  version = version + 1
				where id = :id and version = :version""")
			.param("state", to.name()).param("school", school, Types.VARCHAR).param("reasons", reasons, Types.VARCHAR)
			.param("on", on).param("id", id).param("version", version).update());
	}

	String storedIdNumber(long id) {
		return jdbc.sql("select id_cipher from schooling.application where id = :id").param("id", id).query(String.class)
			.single();
	}

	/** A correction before the decision; a null ID number keeps the stored one. */
	void correct(long id, int version, String name, cn.shuangyong.privacy.IdNumber idNumber, String school,
			String documents) {
		String value = idNumber == null ? null : idNumber.value();
		try {
			changed(jdbc.sql("""
					update schooling.application set child_name = :name, wished_school = :school, documents = :documents,
					  id_cipher = coalesce(:cipher, id_cipher), id_masked = coalesce(:masked, id_masked),
					  id_lookup = coalesce(:lookup, id_lookup), version = version + 1
					where id = :id and version = :version and state = 'SUBMITTED'""")
				.param("name", name).param("school", school).param("documents", documents, Types.VARCHAR)
				.param("cipher", value == null ? null : cipher.encrypt(value, TABLE + ":" + id + ":id_number"), Types.VARCHAR)
				.param("masked", value == null ? null : Masking.idNumber(value), Types.VARCHAR)
				.param("lookup", value == null ? null : lookup.of(value), Types.VARCHAR)
				.param("id", id).param("version", version).update());
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("此子女在该学期已有入学申请");
		}
	}

	List<Long> openWithoutTask() {
		return jdbc.sql("""
				select id from schooling.application
				where (state = 'SUBMITTED' and task_id is null) or (state = 'UNDER_REVIEW' and review_task_id is null)
				order by id""").query(Long.class).list();
	}

	void linkTask(long id, long taskId) {
		jdbc.sql("update schooling.application set task_id = :task where id = :id").param("task", taskId).param("id", id)
			.update();
	}

	void linkReviewTask(long id, long taskId) {
		jdbc.sql("update schooling.application set review_task_id = :task where id = :id").param("task", taskId)
			.param("id", id).update();
	}

	void step(long id, String kind, LocalDate on, String note, String by) {
		jdbc.sql("insert into schooling.step (application_id, kind, on_date, note, by_user) values (:id, :kind, :on, :note, :by)")
			.param("id", id).param("kind", kind).param("on", on).param("note", note, Types.VARCHAR).param("by", by)
			.update();
	}

	List<Step> steps(long id) {
		return jdbc.sql("select kind, on_date, note from schooling.step where application_id = ? order by on_date, id")
			.param(id)
			.query((rs, n) -> new Step(rs.getString("kind"), rs.getObject("on_date", LocalDate.class), rs.getString("note")))
			.list();
	}

	private static void changed(int rows) {
		if (rows == 0) {
			throw new ConflictException("此申请已被他人修改，请刷新后重试");
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("child_name"), rs.getString("id_masked"),
				Stage.valueOf(rs.getString("stage")), Basis.valueOf(rs.getString("basis")),
				rs.getObject("soldier_unit_id", Long.class), rs.getLong("filed_by_unit_id"), rs.getLong("assigned_unit_id"),
				rs.getLong("review_unit_id"), rs.getString("region_code"), rs.getString("wished_school"),
				rs.getString("documents"), new Term(rs.getInt("term_year"), Term.Season.valueOf(rs.getString("season"))),
				rs.getObject("term_starts_on", LocalDate.class), rs.getObject("applied_on", LocalDate.class),
				rs.getObject("decide_by", LocalDate.class), ApplicationState.valueOf(rs.getString("state")),
				rs.getString("school"), rs.getString("reasons"), rs.getObject("decided_on", LocalDate.class),
				rs.getObject("review_asked_on", LocalDate.class), rs.getString("review_reasons"),
				rs.getObject("reviewed_on", LocalDate.class), rs.getObject("task_id", Long.class),
				rs.getObject("review_task_id", Long.class), rs.getInt("version"));
	}

	/** Who files, decides and reviews an application, and its dates. */
	record Placement(long filedBy, long assigned, long reviewer, LocalDate termStart, LocalDate appliedOn,
			LocalDate decideBy) {
	}

	record Row(long id, String childName, String idMasked, Stage stage, Basis basis, Long soldierUnitId,
			long filedByUnitId, long assignedUnitId, long reviewUnitId, String regionCode, String wishedSchool,
			String documents, Term term, LocalDate termStartsOn, LocalDate appliedOn, LocalDate decideBy,
			ApplicationState state, String school, String reasons, LocalDate decidedOn, LocalDate reviewAskedOn,
			String reviewReasons, LocalDate reviewedOn, Long taskId, Long reviewTaskId, int version) {
	}

	record Step(String kind, LocalDate on, String note) {
	}
}
