package cn.shuangyong.pensions.accounts;

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
import cn.shuangyong.pensions.Entitlement;
import cn.shuangyong.pensions.PensionCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pension accounts. One account per person and kind: an insert that finds one already says so. */
@Repository
class PensionAccountStore {

	private static final String COLUMNS = """
			select id, person_id, region_code, county_code, grade, nature, category, years_served, first_month,
			  last_month, settled_through, basis, version from pensions.account""";

	private final JdbcClient jdbc;

	PensionAccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new account's id, or empty when the person already has an account of this kind. */
	Optional<Long> insert(NewAccount account, String regionCode, String countyCode, String by, Instant at) {
		Entitlement e = account.entitlement();
		return jdbc.sql("""
				insert into pensions.account (person_id, region_code, county_code, grade, nature, category,
				  years_served, first_month, settled_through, basis, opened_by, opened_at)
				values (:p, :r, :c, :g, :n, :cat, :y, :first, :settled, :basis, :by, :at)
				on conflict (person_id, coalesce(category, 'DISABILITY')) where last_month is null do nothing
				returning id""")
			.param("p", account.personId()).param("r", regionCode).param("c", countyCode).param("g", e.grade())
			.param("n", e.nature() == null ? null : e.nature().name())
			.param("cat", e.category() == null ? null : e.category().name()).param("y", e.yearsServed())
			.param("first", account.firstMonth().atDay(1))
			.param("settled", account.settledThrough() == null ? null : account.settledThrough().atDay(1))
			.param("basis", account.basis()).param("by", by).param("at", Timestamp.from(at)).query(Long.class)
			.optional();
	}

	/**
	 * Ends the person's running disability account with the month before {@code from}, when a new grade is paid from
	 * then; returns it as it was, if there was one.
	 */
	Optional<PensionAccount> endDisabilityBefore(long personId, YearMonth from) {
		Optional<PensionAccount> running = jdbc.sql(COLUMNS
				+ " where person_id = :p and category is null and last_month is null for update")
			.param("p", personId).query(PensionAccountStore::account).optional();
		running.ifPresent(a -> jdbc.sql("update pensions.account set last_month = :m, version = version + 1 where id = :id")
			.param("id", a.id()).param("m", from.minusMonths(1).atDay(1)).update());
		return running;
	}

	/** The person's accounts still running (no last month), locked for a change of paying county. */
	List<PensionAccount> runningOf(long personId) {
		return jdbc.sql(COLUMNS + " where person_id = :p and last_month is null order by id for update")
			.param("p", personId).query(PensionAccountStore::account).list();
	}

	/** Ends an account with a month (the old county's last month paid after a transfer). */
	void end(long id, YearMonth lastMonth) {
		jdbc.sql("update pensions.account set last_month = :m, version = version + 1 where id = :id")
			.param("id", id).param("m", lastMonth.atDay(1)).update();
	}

	/** Hands an account not yet begun to another county as it stands. */
	void moveTo(long id, String regionCode, String countyCode) {
		jdbc.sql("update pensions.account set region_code = :r, county_code = :c, version = version + 1 where id = :id")
			.param("id", id).param("r", regionCode).param("c", countyCode).update();
	}

	Optional<PensionAccount> find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(PensionAccountStore::account).optional();
	}

	/**
	 * Ends the person's accounts with the month given, unless they already ended earlier; returns how many ended.
	 * Months paid after it are then overpaid, and the next roll takes them back.
	 */
	int endWith(long personId, YearMonth lastMonth) {
		return jdbc.sql("""
				update pensions.account set last_month = :m, version = version + 1
				where person_id = :p and (last_month is null or last_month > :m)""")
			.param("p", personId).param("m", lastMonth.atDay(1)).update();
	}

	List<PensionAccount> ofPerson(long personId) {
		return jdbc.sql(COLUMNS + " where person_id = :p order by id").param("p", personId)
			.query(PensionAccountStore::account).list();
	}

	/** The accounts a county pays that have begun by the month, in id order. */
	List<PensionAccount> paidBy(String countyCode, YearMonth month) {
		return jdbc.sql(COLUMNS + " where county_code = :c and first_month <= :m order by id").param("c", countyCode)
			.param("m", month.atDay(1)).query(PensionAccountStore::account).list();
	}

	static PensionAccount account(ResultSet rs, int row) throws SQLException {
		Entitlement entitlement = entitlement(rs);
		return new PensionAccount(rs.getLong("id"), rs.getLong("person_id"), rs.getString("region_code"),
				rs.getString("county_code"), entitlement, month(rs.getDate("first_month")),
				month(rs.getDate("last_month")), month(rs.getDate("settled_through")), rs.getString("basis"),
				rs.getInt("version"));
	}

	/** The entitlement the row's grade, nature, category and years served name. */
	static Entitlement entitlement(ResultSet rs) throws SQLException {
		String category = rs.getString("category");
		return category == null
				? Entitlement.disability(rs.getInt("grade"), DisabilityNature.valueOf(rs.getString("nature")))
				: Entitlement.of(PensionCategory.valueOf(category), rs.getInt("years_served"));
	}

	private static YearMonth month(Date date) {
		if (date == null) {
			return null;
		}
		LocalDate day = date.toLocalDate();
		return YearMonth.from(day);
	}
}
