package cn.shuangyong.schooling;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entitlement rules and the term starts, read as they stand in the database. */
@Repository
class RuleStore {

	private final JdbcClient jdbc;

	RuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EntitlementRules rules() {
		return new EntitlementRules(jdbc.sql("""
				select basis, stage, entitlement, valid_from, valid_to, source, article, verified
				from schooling.entitlement_rule order by valid_from, id""")
			.query((rs, n) -> new EntitlementRules.Rule(Basis.valueOf(rs.getString("basis")),
					Stage.valueOf(rs.getString("stage")), rs.getString("entitlement"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getString("source"), rs.getString("article"), rs.getBoolean("verified")))
			.list());
	}

	TermCalendar terms() {
		return new TermCalendar(jdbc.sql("select region_code, term_year, season, starts_on from schooling.term_start")
			.query((rs, n) -> new TermCalendar.TermStart(rs.getString("region_code"),
					new Term(rs.getInt("term_year"), Term.Season.valueOf(rs.getString("season"))),
					rs.getObject("starts_on", LocalDate.class)))
			.list());
	}
}
