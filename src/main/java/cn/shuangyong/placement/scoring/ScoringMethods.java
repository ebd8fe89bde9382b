package cn.shuangyong.placement.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published scoring methods, read with their items. */
@Repository
public class ScoringMethods {

	private final JdbcClient jdbc;

	ScoringMethods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ScoringMethod> all() {
		return jdbc.sql("select id from placement.scoring_method order by applies_from").query(Integer.class).list()
			.stream().map(id -> find(id).orElseThrow()).toList();
	}

	public Optional<ScoringMethod> find(int id) {
		List<ScoringItem> items = jdbc.sql("""
				select code, label, unit, points, basis, cap_years, note from placement.scoring_item
				where method_id = ? order by sort_order""").param(id)
			.query((rs, n) -> new ScoringItem(rs.getString("code"), rs.getString("label"),
					ItemUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("points"),
					ItemBasis.valueOf(rs.getString("basis")), (Integer) rs.getObject("cap_years"), rs.getString("note")))
			.list();
		return jdbc.sql("""
				select id, version_label, title, source, applies_from, applies_until from placement.scoring_method
				where id = ?""").param(id)
			.query((rs, n) -> new ScoringMethod(rs.getInt("id"), rs.getString("version_label"), rs.getString("title"),
					rs.getString("source"), rs.getObject("applies_from", LocalDate.class),
					rs.getObject("applies_until", LocalDate.class), items))
			.optional();
	}

	/** The method for soldiers discharged on the day. */
	public Optional<ScoringMethod> applyingTo(LocalDate discharged) {
		return jdbc.sql("""
				select id from placement.scoring_method
				where applies_from <= :day and (applies_until is null or applies_until >= :day)""")
			.param("day", discharged).query(Integer.class).optional().flatMap(this::find);
	}
}
