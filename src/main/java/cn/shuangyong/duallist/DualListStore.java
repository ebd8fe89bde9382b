package cn.shuangyong.duallist;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lists and their entries in the database; every update checks the version it was read at. */
@Repository
class DualListStore {

	private static final String LIST_COLUMNS = "id, region_code, level, year, office_unit_id, stage, published_on, version";

	private static final String ENTRY_COLUMNS = """
			id, list_id, side, kind, title, description, requesting_unit_id, filed_by, state, responsible_unit_id,
			cooperating_unit_ids, deadline, decision_note, task_id, done_on, feedback, satisfaction, version""";

	private static final String LISTS_WHERE = """
			 from duallist.dual_list
			where region_code like :scope and (cast(:year as int) is null or year = :year)
			  and (cast(:level as varchar) is null or level = :level)""";

	private static final String LISTS_ORDER = " order by year desc, length(region_code), region_code, id";

	private final JdbcClient jdbc;

	DualListStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertList(String region, int year, long officeUnitId, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into duallist.dual_list (region_code, level, year, office_unit_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict (region_code, year) do nothing returning id""")
			.params(region, ListLevel.of(region).name(), year, officeUnitId, by, at)
			.query(Long.class).optional()
			.orElseThrow(() -> new ConflictException("本级" + year + "年度双清单已经建立"));
	}

	Optional<ListRow> list(long id) {
		return jdbc.sql("select " + LIST_COLUMNS + " from duallist.dual_list where id = ?").param(id)
			.query(DualListStore::listRow).optional();
	}

	/** The lists in a region subtree, newest year first, then province before prefecture before county. */
	List<ListRow> lists(DataScope scope, Integer year, ListLevel level) {
		return scope.bind(jdbc.sql("select " + LIST_COLUMNS + LISTS_WHERE + LISTS_ORDER))
			.param("year", year).param("level", level == null ? null : level.name())
			.query(DualListStore::listRow).list();
	}

	/** One page of {@link #lists(DataScope, Integer, ListLevel)}, in the same order. */
	ListPage<ListRow> lists(DataScope scope, Integer year, ListLevel level, Paging paging) {
		String levelName = level == null ? null : level.name();
		long total = scope.bind(jdbc.sql("select count(*)" + LISTS_WHERE)).param("year", year).param("level", levelName)
			.query(Long.class).single();
		List<ListRow> rows = paging.bind(scope.bind(jdbc.sql("select " + LIST_COLUMNS + LISTS_WHERE + LISTS_ORDER
				+ Paging.SQL)))
			.param("year", year).param("level", levelName)
			.query(DualListStore::listRow).list();
		return paging.of(rows, total);
	}

	void moveTo(long listId, int version, ListStage stage, LocalDate publishedOn) {
		int changed = jdbc.sql("""
				update duallist.dual_list set stage = ?, published_on = coalesce(published_on, ?), version = version + 1
				where id = ? and version = ?""").params(stage.name(), publishedOn, listId, version).update();
		if (changed == 0) {
			throw new ConflictException("清单已被他人修改，请刷新后重试");
		}
	}

	long insertEntry(long listId, NewEntry entry, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into duallist.entry (list_id, side, kind, title, description, requesting_unit_id, filed_by, filed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(listId, entry.side().name(), entry.kind().name(), entry.title(), entry.description(),
					entry.requestingUnitId(), by, at)
			.query(Long.class).single();
	}

	Optional<EntryRow> entry(long id) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from duallist.entry where id = ?").param(id)
			.query(DualListStore::entryRow).optional();
	}

	Optional<EntryRow> entryOfTask(long taskId) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from duallist.entry where task_id = ?").param(taskId)
			.query(DualListStore::entryRow).optional();
	}

	List<EntryRow> entries(long listId) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from duallist.entry where list_id = ? order by side desc, kind, id")
			.param(listId).query(DualListStore::entryRow).list();
	}

	/** One page of {@link #entries(long)}, in the same order. */
	ListPage<EntryRow> entries(long listId, Paging paging) {
		long total = jdbc.sql("select count(*) from duallist.entry where list_id = :list").param("list", listId)
			.query(Long.class).single();
		List<EntryRow> rows = paging.bind(jdbc.sql("select " + ENTRY_COLUMNS
				+ " from duallist.entry where list_id = :list order by side desc, kind, id" + Paging.SQL))
			.param("list", listId).query(DualListStore::entryRow).list();
		return paging.of(rows, total);
	}

	void accept(long id, int version, Acceptance acceptance) {
		checked(jdbc.sql("""
				update duallist.entry set state = 'ACCEPTED', responsible_unit_id = ?, cooperating_unit_ids = ?,
				  deadline = ?, decision_note = ?, version = version + 1
				where id = ? and version = ?""")
			.params(acceptance.responsibleUnitId(), acceptance.cooperatingUnitIds().toArray(Long[]::new),
					acceptance.deadline(), acceptance.note(), id, version)
			.update());
	}

	void decline(long id, int version, String reason) {
		checked(jdbc.sql("""
				update duallist.entry set state = 'DECLINED', decision_note = ?, version = version + 1
				where id = ? and version = ?""").params(reason, id, version).update());
	}

	/** @param version the entry's version as accepted, the change that opens its task */
	void following(long id, int version, long taskId) {
		checked(jdbc.sql("""
				update duallist.entry set state = 'FOLLOWING', task_id = ?, version = version + 1
				where id = ? and version = ? and state = 'ACCEPTED'""").params(taskId, id, version).update());
	}

	/** The state is checked in the statement: of two sign-offs reported at once, one marks the entry done. */
	void done(long id, int version, LocalDate on) {
		checked(jdbc.sql("""
				update duallist.entry set state = 'DONE', done_on = ?, version = version + 1
				where id = ? and version = ? and state = 'FOLLOWING'""").params(on, id, version).update());
	}

	void rate(long id, int version, String feedback, int satisfaction, String by, OffsetDateTime at) {
		checked(jdbc.sql("""
				update duallist.entry set state = 'CLOSED', feedback = ?, satisfaction = ?, rated_by = ?, rated_at = ?,
				  version = version + 1
				where id = ? and version = ?""").params(feedback, satisfaction, by, at, id, version).update());
	}

	private static void checked(int changed) {
		if (changed == 0) {
			throw new ConflictException("该条目已被他人修改，请刷新后重试");
		}
	}

	private static ListRow listRow(ResultSet rs, int n) throws SQLException {
		return new ListRow(rs.getLong("id"), rs.getString("region_code"), ListLevel.valueOf(rs.getString("level")),
				rs.getInt("year"), rs.getLong("office_unit_id"), ListStage.valueOf(rs.getString("stage")),
				rs.getObject("published_on", LocalDate.class), rs.getInt("version"));
	}

	private static EntryRow entryRow(ResultSet rs, int n) throws SQLException {
		Array cooperating = rs.getArray("cooperating_unit_ids");
		return new EntryRow(rs.getLong("id"), rs.getLong("list_id"), EntrySide.valueOf(rs.getString("side")),
				EntryKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
				rs.getLong("requesting_unit_id"), rs.getString("filed_by"), EntryState.valueOf(rs.getString("state")),
				rs.getObject("responsible_unit_id", Long.class),
				Arrays.asList((Long[]) cooperating.getArray()), rs.getObject("deadline", LocalDate.class),
				rs.getString("decision_note"), rs.getObject("task_id", Long.class),
				rs.getObject("done_on", LocalDate.class), rs.getString("feedback"),
				rs.getObject("satisfaction", Integer.class), rs.getInt("version"));
	}

	/** A list as stored. */
	record ListRow(long id, String regionCode, ListLevel level, int year, long officeUnitId, ListStage stage,
			LocalDate publishedOn, int version) {
	}
}
