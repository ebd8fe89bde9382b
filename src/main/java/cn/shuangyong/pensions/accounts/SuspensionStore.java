package cn.shuangyong.pensions.accounts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suspensions of accounts; a resumption writes only at the version read and only while the suspension is open. */
@Repository
class SuspensionStore {

	private static final String COLUMNS = """
			select s.id, s.account_id, a.person_id, a.grade, a.nature, a.category, a.years_served, s.from_month,
			  s.until_month, s.decided_on, s.reason, s.resumed_on, s.resume_reason, s.voided, s.version
			from pensions.suspension s join pensions.account a on a.id = s.account_id""";

	private final JdbcClient jdbc;

	SuspensionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the account's row, so that two suspensions of one account cannot be entered at once. */
	void lockAccount(long accountId) {
		jdbc.sql("select id from pensions.account where id = :a for update").param("a", accountId).query(Long.class)
			.single();
	}

	List<Suspension> ofAccount(long accountId) {
		return jdbc.sql(COLUMNS + " where s.account_id = :a order by s.from_month").param("a", accountId)
			.query(SuspensionStore::row).list();
	}

	Optional<Suspension> find(long id) {
		return jdbc.sql(COLUMNS + " where s.id = :id").param("id", id).query(SuspensionStore::row).optional();
	}

	/** The county's suspensions, the open ones first, then the newest. */
	List<Suspension> ofCounty(String county) {
		return jdbc.sql(COLUMNS + """
				 where a.county_code = :c
				order by (s.until_month is null and not s.voided) desc, s.from_month desc, s.id desc""")
			.param("c", county).query(SuspensionStore::row).list();
	}

	/** The suspensions in force (not voided) of the accounts a county pays, by account, for its roll. */
	Map<Long, List<Suspension>> inForce(String county) {
		Map<Long, List<Suspension>> found = new HashMap<>();
		jdbc.sql(COLUMNS + " where a.county_code = :c and not s.voided order by s.from_month").param("c", county)
			.query(SuspensionStore::row).list()
			.forEach(s -> found.computeIfAbsent(s.accountId(), a -> new ArrayList<>()).add(s));
		return found;
	}

	long insert(SuspensionCommands.Suspend s, String by, Instant at) {
		return jdbc.sql("""
				insert into pensions.suspension (account_id, from_month, decided_on, reason, entered_by, entered_at)
				values (:a, :f, :d, :r, :by, :at) returning id""")
			.param("a", s.accountId()).param("f", s.from().atDay(1)).param("d", s.decidedOn()).param("r", s.reason())
			.param("by", by).param("at", Timestamp.from(at)).query(Long.class).single();
	}

	boolean resume(SuspensionCommands.Resume r, LocalDate on, String by) {
		return jdbc.sql("""
				update pensions.suspension set until_month = :u, voided = :v, resumed_on = :on, resume_reason = :r,
				  resumed_by = :by, version = version + 1
				where id = :id and version = :version and until_month is null and not voided""")
			.param("u", r.voided() ? null : r.from().minusMonths(1).atDay(1)).param("v", r.voided()).param("on", on)
			.param("r", r.reason()).param("by", by).param("id", r.suspensionId()).param("version", r.version())
			.update() == 1;
	}

	private static Suspension row(ResultSet rs, int i) throws SQLException {
		return new Suspension(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("person_id"),
				PensionAccountStore.entitlement(rs).label(), month(rs.getDate("from_month")),
				month(rs.getDate("until_month")), rs.getDate("decided_on").toLocalDate(), rs.getString("reason"),
				rs.getDate("resumed_on") == null ? null : rs.getDate("resumed_on").toLocalDate(),
				rs.getString("resume_reason"), rs.getBoolean("voided"), rs.getInt("version"));
	}

	private static YearMonth month(Date date) {
		return date == null ? null : YearMonth.from(date.toLocalDate());
	}
}
