package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rolls, their lines and the differences each line settled. Lines change only while the roll is unapproved. */
@Repository
class RollStore {

	/** A line's columns, in the order {@link #line} reads them. */
	private static final String LINE = """
			l.account_id, l.person_id, l.person, l.entitlement, l.regular, l.arrears, l.recovered, l.still_owed,
			  l.missing""";

	private final JdbcClient jdbc;

	RollStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The roll of the month, created if there is none, and locked until the transaction ends. */
	PaymentRoll lockOrCreate(String county, YearMonth month) {
		jdbc.sql("insert into pensions.roll (county_code, month) values (:c, :m) on conflict (county_code, month) do nothing")
			.param("c", county).param("m", month.atDay(1)).update();
		jdbc.sql("select id from pensions.roll where county_code = :c and month = :m for update").param("c", county)
			.param("m", month.atDay(1)).query(Long.class).single();
		return find(county, month).orElseThrow();
	}

	Optional<PaymentRoll> find(String county, YearMonth month) {
		return jdbc.sql("""
				select r.id, r.status, r.version,
				  coalesce(sum(l.regular), 0), coalesce(sum(l.arrears), 0), coalesce(sum(l.recovered), 0), count(l.account_id)
				from pensions.roll r left join pensions.roll_line l on l.roll_id = r.id
				where r.county_code = :c and r.month = :m group by r.id, r.status, r.version""")
			.param("c", county).param("m", month.atDay(1))
			.query((rs, i) -> {
				BigDecimal regular = rs.getBigDecimal(4).setScale(2);
				BigDecimal arrears = rs.getBigDecimal(5).setScale(2);
				BigDecimal recovered = rs.getBigDecimal(6).setScale(2);
				return new PaymentRoll(rs.getLong(1), county, month, RollStatus.valueOf(rs.getString(2)),
						new RollTotals(regular, arrears, recovered, regular.add(arrears).subtract(recovered),
								rs.getLong(7)), rs.getInt(3));
			})
			.optional();
	}

	/**
	 * What the approved rolls of a year paid (regular + arrears − recovered), by the first {@code length} digits of the
	 * lines' region codes, over the lines inside both the scope and the region.
	 */
	Map<String, BigDecimal> paidByRegion(DataScope scope, String region, int length, int year) {
		Map<String, BigDecimal> paid = new java.util.LinkedHashMap<>();
		scope.bind(jdbc.sql("""
				select substr(l.region_code, 1, :len) as code, sum(l.regular + l.arrears - l.recovered) as paid
				from pensions.roll r join pensions.roll_line l on l.roll_id = r.id
				where r.status = 'APPROVED' and r.month >= :from and r.month < :until
				  and l.region_code like :scope and l.region_code like :region
				group by 1 order by 1"""))
			.param("len", length).param("region", region + "%")
			.param("from", java.time.LocalDate.of(year, 1, 1)).param("until", java.time.LocalDate.of(year + 1, 1, 1))
			.query((rs, i) -> Map.entry(rs.getString("code"), rs.getBigDecimal("paid").setScale(2)))
			.list()
			.forEach(e -> paid.put(e.getKey(), e.getValue()));
		return paid;
	}

	List<RollLine> lines(long rollId, Paging paging) {
		return paging.bind(jdbc.sql("""
				select %s from pensions.roll_line l where roll_id = :r order by account_id""".formatted(LINE) + Paging.SQL).param("r", rollId))
			.query((rs, i) -> line(rs)).list();
	}

	List<RollLine> allLines(long rollId) {
		return jdbc.sql("""
				select %s from pensions.roll_line l where roll_id = :r order by account_id""".formatted(LINE)).param("r", rollId)
			.query((rs, i) -> line(rs)).list();
	}

	/** The previous month's lines of the given accounts, by account, to explain what changed. */
	Map<Long, RollLine> previousLines(String county, YearMonth month, Collection<Long> accounts) {
		if (accounts.isEmpty()) {
			return Map.of();
		}
		Map<Long, RollLine> found = new HashMap<>();
		jdbc.sql("""
				select %s from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = :c and r.month = :m and l.account_id = any(:a)""".formatted(LINE))
			.param("c", county).param("m", month.minusMonths(1).atDay(1)).param("a", accounts.toArray(Long[]::new))
			.query(rs -> {
				found.put(rs.getLong(1), line(rs));
			});
		return found;
	}

	/** The lines of the previous month whose accounts this month's roll no longer pays. */
	List<RollLine> dropped(long rollId, String county, YearMonth month) {
		return jdbc.sql("""
				select %s from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = :c and r.month = :m
				  and not exists (select 1 from pensions.roll_line n where n.roll_id = :r and n.account_id = l.account_id)
				order by l.account_id""".formatted(LINE))
			.param("c", county).param("m", month.minusMonths(1).atDay(1)).param("r", rollId)
			.query((rs, i) -> line(rs)).list();
	}

	/** The earlier months' differences each of the given accounts' lines settled on this roll, oldest first. */
	Map<Long, List<SettledMonth>> settledOn(long rollId, Collection<Long> accounts) {
		if (accounts.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<SettledMonth>> found = new HashMap<>();
		jdbc.sql("""
				select account_id, for_month, due, paid, settled from pensions.roll_difference
				where roll_id = :r and account_id = any(:a) order by account_id, for_month""")
			.param("r", rollId).param("a", accounts.toArray(Long[]::new))
			.query(rs -> {
				found.computeIfAbsent(rs.getLong(1), a -> new ArrayList<>()).add(new SettledMonth(
						YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3), rs.getBigDecimal(4),
						rs.getBigDecimal(5)));
			});
		return found;
	}

	/** Every month's line of one account, newest first, with its roll's status and what it settled of earlier months. */
	List<AccountPayment> payments(long accountId) {
		Map<Long, List<SettledMonth>> settled = new HashMap<>();
		jdbc.sql("""
				select roll_id, for_month, due, paid, settled from pensions.roll_difference
				where account_id = :a order by roll_id, for_month""")
			.param("a", accountId)
			.query(rs -> {
				settled.computeIfAbsent(rs.getLong(1), r -> new ArrayList<>()).add(new SettledMonth(
						YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3), rs.getBigDecimal(4),
						rs.getBigDecimal(5)));
			});
		return jdbc.sql("""
				select %s, r.id, r.month, r.status from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where l.account_id = :a order by r.month desc""".formatted(LINE))
			.param("a", accountId)
			.query((rs, i) -> new AccountPayment(rs.getLong(10), YearMonth.from(rs.getDate(11).toLocalDate()),
					RollStatus.valueOf(rs.getString(12)), line(rs), settled.getOrDefault(rs.getLong(10), List.of())))
			.list();
	}

	/**
	 * The roll's totals by what is paid: 残疾抚恤金 by nature, then each category, in the order of their enums; the
	 * labels come from the account's kind, not from the line's text.
	 */
	List<RollSummary.KindTotals> byKind(long rollId) {
		List<RollSummary.KindTotals> kinds = new ArrayList<>();
		jdbc.sql("""
				select a.nature, a.category, count(*), sum(l.regular), sum(l.arrears), sum(l.recovered), sum(l.still_owed)
				from pensions.roll_line l join pensions.account a on a.id = l.account_id
				where l.roll_id = :r group by a.nature, a.category""")
			.param("r", rollId)
			.query(rs -> {
				String nature = rs.getString(1);
				String kind = nature != null
						? cn.shuangyong.pensions.DisabilityNature.valueOf(nature).chinese() + "残疾抚恤金"
						: cn.shuangyong.pensions.PensionCategory.valueOf(rs.getString(2)).kind().chinese() + "（"
								+ cn.shuangyong.pensions.PensionCategory.valueOf(rs.getString(2)).chinese() + "）";
				kinds.add(new RollSummary.KindTotals(kind, rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7)));
			});
		return kinds.stream().sorted(java.util.Comparator.comparing(k -> order(k.kind()))).toList();
	}

	private static int order(String kind) {
		for (cn.shuangyong.pensions.DisabilityNature n : cn.shuangyong.pensions.DisabilityNature.values()) {
			if (kind.startsWith(n.chinese())) {
				return n.ordinal();
			}
		}
		for (cn.shuangyong.pensions.PensionCategory c : cn.shuangyong.pensions.PensionCategory.values()) {
			if (kind.contains("（" + c.chinese() + "）")) {
				return 10 + c.ordinal();
			}
		}
		return 100;
	}

	/** The day a roll was approved. */
	java.time.LocalDate approvedOn(long rollId, java.time.ZoneId zone) {
		return jdbc.sql("select approved_at from pensions.roll where id = :r").param("r", rollId)
			.query(Timestamp.class).single().toInstant().atZone(zone).toLocalDate();
	}

	private static RollLine line(ResultSet rs) throws SQLException {
		return new RollLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
				rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9));
	}

	void clear(long rollId) {
		jdbc.sql("delete from pensions.roll_difference where roll_id = :r").param("r", rollId).update();
		jdbc.sql("delete from pensions.roll_line where roll_id = :r").param("r", rollId).update();
	}

	/**
	 * What approved rolls paid for each month of each account the county pays: the month's regular amount plus
	 * what later rolls settled for it.
	 */
	Map<Long, Map<YearMonth, BigDecimal>> paid(String county) {
		Map<Long, Map<YearMonth, BigDecimal>> paid = new HashMap<>();
		jdbc.sql("""
				select l.account_id, r.month, l.regular from pensions.roll_line l join pensions.roll r on r.id = l.roll_id
				where r.county_code = :c and r.status = 'APPROVED'
				union all
				select d.account_id, d.for_month, d.settled from pensions.roll_difference d
				join pensions.roll r on r.id = d.roll_id where r.county_code = :c and r.status = 'APPROVED'""")
			.param("c", county)
			.query(rs -> {
				paid.computeIfAbsent(rs.getLong(1), a -> new HashMap<>())
					.merge(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3), BigDecimal::add);
			});
		return paid;
	}

	void addLine(long rollId, long personId, String regionCode, String person, String entitlement, LineFigures line,
			List<Settled> settled) {
		jdbc.sql("""
				insert into pensions.roll_line (roll_id, account_id, person_id, region_code, person, entitlement, regular,
				  arrears, recovered, still_owed, missing)
				values (:r, :a, :p, :rc, :person, :e, :regular, :arrears, :recovered, :owed, :missing)""")
			.param("r", rollId).param("a", line.accountId()).param("p", personId).param("rc", regionCode)
			.param("person", person).param("e", entitlement).param("regular", line.regular())
			.param("arrears", line.arrears()).param("recovered", line.recovered()).param("owed", line.stillOwed())
			.param("missing", line.missing().isEmpty() ? null
					: String.join("、", line.missing().stream().map(YearMonth::toString).toList()))
			.update();
		for (Settled s : settled) {
			jdbc.sql("""
					insert into pensions.roll_difference (roll_id, account_id, for_month, due, paid, settled)
					values (:r, :a, :m, :due, :paid, :settled)""")
				.param("r", rollId).param("a", line.accountId()).param("m", s.difference().month().atDay(1))
				.param("due", s.difference().due()).param("paid", s.difference().paid()).param("settled", s.amount())
				.update();
		}
	}

	/** A difference and how much of it this roll paid (positive) or took back (negative). */
	record Settled(LineFigures.Difference difference, BigDecimal amount) {
	}

	void generated(long rollId, String by, Instant at) {
		jdbc.sql("update pensions.roll set generated_at = :at, generated_by = :by, version = version + 1 where id = :r")
			.param("at", Timestamp.from(at)).param("by", by).param("r", rollId).update();
	}

	/** Approves the roll if it is still unapproved at the version seen; false otherwise. */
	boolean approve(long rollId, int seen, String by, Instant at) {
		return jdbc.sql("""
				update pensions.roll set status = 'APPROVED', approved_at = :at, approved_by = :by, version = version + 1
				where id = :r and status = 'GENERATED' and version = :v""")
			.param("at", Timestamp.from(at)).param("by", by).param("r", rollId).param("v", seen).update() == 1;
	}
}
