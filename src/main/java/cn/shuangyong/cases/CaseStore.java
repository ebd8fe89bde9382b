package cn.shuangyong.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grievance cases, their steps and categories in the database. */
@Repository
class CaseStore {

	static final String TABLE = "cases.grievance";

	private static final String COLUMNS = """
			id, region_code, office_unit_id, source, category_code, summary, person_name, id_masked, phone_masked,
			received_on, accept_by, accepted_on, answer_by, extended_to, extension_reason, handling_unit_id, task_id,
			leader_name, tough, state, resolution, resolved_on, satisfaction, reopened, closure_review, closed_on,
			repeat_of, registry_person_id, version""";

	/**
	 * What a user sees: the cases their unit manages or handles, and, for those who may read records about people,
	 * the cases kept in their scope.
	 */
	private static final String VISIBLE = """
			((:people and region_code like :scope) or office_unit_id = :unit or handling_unit_id = :unit)""";

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewCase c, String personName, Long registryPersonId, long office, String region, LocalDate acceptBy,
			Long repeatOf, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into cases.grievance (region_code, office_unit_id, source, category_code, summary, person_name,
				  received_on, accept_by, leader_name, tough, state, repeat_of, registry_person_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?) returning id""")
			.params(region, office, c.source().name(), c.categoryCode(), c.summary(), personName, c.receivedOn(),
					acceptBy, c.leaderName(), c.leaderName() != null, repeatOf, registryPersonId, by, at)
			.query(Long.class).single();
	}

	/** The encrypted person fields, written once the row has the id their encryption context names. */
	void person(long id, String idCipher, String idMasked, String idLookup, String phoneCipher, String phoneMasked) {
		jdbc.sql("""
				update cases.grievance set id_number = ?, id_masked = ?, id_lookup = ?, phone = ?, phone_masked = ?
				where id = ?""").params(idCipher, idMasked, idLookup, phoneCipher, phoneMasked, id).update();
	}

	/** The open first case of the same person on the same matter, which a repeat is linked to. */
	Optional<Long> openCaseOf(String idLookup, String category) {
		return jdbc.sql("""
				select id from cases.grievance
				where id_lookup = ? and category_code = ? and repeat_of is null and state not in ('CLOSED', 'REFUSED')
				order by id limit 1""").params(idLookup, category).query(Long.class).optional();
	}

	/** The open first case of a registry person on the same matter. */
	Optional<Long> openCaseOfPerson(long registryPersonId, String category) {
		return jdbc.sql("""
				select id from cases.grievance
				where registry_person_id = ? and category_code = ? and repeat_of is null
				  and state not in ('CLOSED', 'REFUSED')
				order by id limit 1""").params(registryPersonId, category).query(Long.class).optional();
	}

	Optional<GrievanceCase> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from cases.grievance where id = ?").param(id).query(CaseStore::row)
			.optional();
	}

	Optional<String> storedIdNumber(long id) {
		return jdbc.sql("select id_number from cases.grievance where id = ?").param(id).query(String.class).optional();
	}

	/** Writes the case as its move left it, if nobody changed it since it was read. */
	void write(GrievanceCase c) {
		int updated = jdbc.sql("""
				update cases.grievance set state = :state, accepted_on = :accepted, answer_by = :answer,
				  extended_to = :extended, extension_reason = :extensionReason, handling_unit_id = :handling,
				  leader_name = :leader, tough = :tough, resolution = :resolution, resolved_on = :resolved,
				  satisfaction = :satisfaction, reopened = :reopened, closure_review = :review, closed_on = :closed,
				  version = version + 1
				where id = :id and version = :version""")
			.param("state", c.state().name()).param("accepted", c.acceptedOn()).param("answer", c.answerBy())
			.param("extended", c.extendedTo()).param("extensionReason", c.extensionReason())
			.param("handling", c.handlingUnitId()).param("leader", c.leaderName()).param("tough", c.tough())
			.param("resolution", c.resolution()).param("resolved", c.resolvedOn())
			.param("satisfaction", c.satisfaction() == null ? null : c.satisfaction().name())
			.param("reopened", c.reopened()).param("review", c.closureReview()).param("closed", c.closedOn())
			.param("id", c.id()).param("version", c.version()).update();
		if (updated == 0) {
			throw new ConflictException("案件已被他人修改，请刷新后重试");
		}
	}

	void linkTask(long id, long taskId) {
		jdbc.sql("update cases.grievance set task_id = ? where id = ?").params(taskId, id).update();
	}

	void step(long caseId, String actor, String kind, String text, OffsetDateTime at) {
		jdbc.sql("insert into cases.step (case_id, at, actor, kind, text) values (?, ?, ?, ?, ?)")
			.params(caseId, at, actor, kind, text).update();
	}

	List<CaseStep> steps(long caseId) {
		return jdbc.sql("select at, actor, kind, text from cases.step where case_id = ? order by id").param(caseId)
			.query((rs, n) -> new CaseStep(
					rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(BusinessClock.CHINA).toOffsetDateTime(), rs.getString("actor"),
					rs.getString("kind"), rs.getString("text")))
			.list();
	}

	/** The day of each case's last progress report (a 攻坚 case's monthly report), in China's time. */
	Map<Long, LocalDate> lastReports(List<Long> caseIds) {
		Map<Long, LocalDate> last = new HashMap<>();
		if (caseIds.isEmpty()) {
			return last;
		}
		jdbc.sql("""
				select case_id, max(at) as at from cases.step where kind = 'PROGRESS' and case_id in (:ids)
				group by case_id""").param("ids", caseIds)
			.query((rs, n) -> last.put(rs.getLong("case_id"),
					rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(BusinessClock.CHINA).toLocalDate()))
			.list();
		return last;
	}

	/** Every category's label, retired ones too, which still name the cases filed under them. */
	Map<String, String> categoryLabels() {
		Map<String, String> labels = new HashMap<>();
		jdbc.sql("select code, label from cases.category")
			.query((rs, n) -> labels.put(rs.getString("code"), rs.getString("label"))).list();
		return labels;
	}

	List<CaseCategory> categories() {
		return jdbc.sql("select code, label from cases.category where active order by position, code")
			.query((rs, n) -> new CaseCategory(rs.getString("code"), rs.getString("label"))).list();
	}

	ListPage<GrievanceCase> within(DataScope scope, long unit, boolean people, CaseFilter filter, LocalDate today,
			LocalDate oldBefore, Paging paging) {
		Map<String, Object> params = scope.bind(new HashMap<>());
		params.put("unit", unit);
		params.put("people", people);
		params.put("region", filter.region() == null ? null : filter.region() + "%");
		params.put("state", filter.state() == null ? null : filter.state().name());
		params.put("category", filter.category());
		params.put("today", today);
		String where = " where " + VISIBLE + """
				 and (cast(:region as varchar) is null or region_code like :region)
				 and (cast(:state as varchar) is null or state = :state)
				 and (cast(:category as varchar) is null or category_code = :category)
				 and (not :overdue or (state = 'RECEIVED' and accept_by < :today)
				      or (state = 'ACCEPTED' and coalesce(extended_to, answer_by) < :today))
				 and (not :tough or tough)
				 and (not :red or (repeat_of is null and state in ('RECEIVED', 'ACCEPTED', 'RESOLVED', 'REOPENED')
				      and (received_on < :oldBefore
				           or (tough and state = 'ACCEPTED' and greatest(accepted_on,
				               (select max(cast(s.at at time zone 'Asia/Shanghai' as date)) from cases.step s
				                where s.case_id = grievance.id and s.kind = 'PROGRESS')) < :reportBefore))))""";
		params.put("red", filter.red());
		params.put("oldBefore", oldBefore);
		params.put("reportBefore", today.minusMonths(1));
		params.put("overdue", filter.overdue());
		params.put("tough", filter.tough());
		long total = jdbc.sql("select count(*) from cases.grievance" + where).params(params).query(Long.class).single();
		List<GrievanceCase> rows = jdbc.sql("select " + COLUMNS + " from cases.grievance" + where
				+ " order by received_on, id" + Paging.SQL).params(paging.bind(params)).query(CaseStore::row).list();
		return paging.of(rows, total);
	}

	/**
	 * Figures by region (as its code), category and month of receipt over the scope; repeats are linked to their first
	 * case, not counted.
	 */
	List<CaseFigures> figures(DataScope scope, long unit, boolean people) {
		return jdbc.sql("""
				select g.region_code, c.label as category, to_char(g.received_on, 'YYYY-MM') as month, count(*) as cases,
				       count(*) filter (where g.resolved_on is not null) as resolved,
				       count(*) filter (where g.resolved_on <= coalesce(g.extended_to, g.answer_by)) as on_time,
				       count(*) filter (where g.satisfaction in ('SATISFIED', 'BASIC')) as satisfied
				from cases.grievance g join cases.category c on c.code = g.category_code
				where g.repeat_of is null
				  and ((:people and g.region_code like :scope) or g.office_unit_id = :unit or g.handling_unit_id = :unit)
				group by g.region_code, c.position, c.label, to_char(g.received_on, 'YYYY-MM')
				order by month, g.region_code, c.position""")
			.params(scope.bind(new HashMap<>(Map.of("unit", unit, "people", people))))
			.query((rs, n) -> new CaseFigures(rs.getString("region_code"), rs.getString("category"), rs.getString("month"),
					rs.getLong("cases"), rs.getLong("resolved"), rs.getLong("on_time"), rs.getLong("satisfied")))
			.list();
	}

	private static GrievanceCase row(ResultSet rs, int n) throws SQLException {
		String satisfaction = rs.getString("satisfaction");
		return new GrievanceCase(rs.getLong("id"), rs.getString("region_code"), rs.getLong("office_unit_id"),
				CaseSource.valueOf(rs.getString("source")), rs.getString("category_code"), rs.getString("summary"),
				rs.getString("person_name"), rs.getString("id_masked"), rs.getString("phone_masked"),
				rs.getObject("received_on", LocalDate.class), rs.getObject("accept_by", LocalDate.class),
				rs.getObject("accepted_on", LocalDate.class), rs.getObject("answer_by", LocalDate.class),
				rs.getObject("extended_to", LocalDate.class), rs.getString("extension_reason"),
				rs.getObject("handling_unit_id", Long.class), rs.getObject("task_id", Long.class),
				rs.getString("leader_name"), rs.getBoolean("tough"), CaseState.valueOf(rs.getString("state")),
				rs.getString("resolution"), rs.getObject("resolved_on", LocalDate.class),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction), rs.getBoolean("reopened"),
				rs.getString("closure_review"), rs.getObject("closed_on", LocalDate.class),
				rs.getObject("repeat_of", Long.class), rs.getObject("registry_person_id", Long.class),
				rs.getInt("version"));
	}
}
