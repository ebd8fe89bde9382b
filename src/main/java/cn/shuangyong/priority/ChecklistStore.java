package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checklist editions and their items in the database. */
@Repository
class ChecklistStore {

	private final JdbcClient jdbc;

	ChecklistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every edition of every sector, with its items in order: a few dozen rows. */
	List<ChecklistEdition> all() {
		Map<Long, ChecklistEdition> editions = new LinkedHashMap<>();
		Map<Long, List<ChecklistItem>> items = new LinkedHashMap<>();
		jdbc.sql("select id, sector, edition, effective_from, basis from priority.checklist order by sector, edition")
			.query((rs, n) -> editions.put(rs.getLong("id"), new ChecklistEdition(rs.getLong("id"),
					Sector.valueOf(rs.getString("sector")), rs.getInt("edition"),
					rs.getObject("effective_from", LocalDate.class), rs.getString("basis"), List.of())))
			.list();
		jdbc.sql("""
				select id, checklist_id, position, text, clause, clause_note, verified
				from priority.checklist_item order by checklist_id, position""")
			.query((rs, n) -> items.computeIfAbsent(rs.getLong("checklist_id"), k -> new ArrayList<>())
				.add(new ChecklistItem(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
						rs.getString("clause"), rs.getString("clause_note"), rs.getBoolean("verified"))))
			.list();
		return editions.values().stream().map(e -> new ChecklistEdition(e.id(), e.sector(), e.edition(),
				e.effectiveFrom(), e.basis(), items.getOrDefault(e.id(), List.of()))).toList();
	}

	long insert(NewChecklistEdition edition, int number) {
		long id = jdbc.sql("""
				insert into priority.checklist (sector, edition, effective_from, basis) values (?, ?, ?, ?) returning id""")
			.params(edition.sector().name(), number, edition.effectiveFrom(), edition.basis()).query(Long.class).single();
		int position = 0;
		for (NewChecklistEdition.Item item : edition.items()) {
			jdbc.sql("""
					insert into priority.checklist_item (checklist_id, position, text, clause, clause_note, verified)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, ++position, item.text(), item.clause(), item.clauseNote(), item.verified()).update();
		}
		return id;
	}
}
