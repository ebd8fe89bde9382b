package cn.shuangyong.activities;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activities in the database, read within a data scope. */
@Repository
class ActivityStore {

	private static final String COLUMNS = """
			a.id, a.kind, k.name as kind_name, a.title, a.held_on, a.place, a.organiser_unit_id, a.region_code,
			a.participating_units, a.troops, a.participants, a.gifts, a.gift_value, a.links, a.item_id, a.version,
			a.state, a.report_due, a.report""";

	private static final String FROM = " from activities.activity a join activities.kind k on k.code = a.kind";

	private static final String WHERE = """
			 where a.region_code like :scope
			and (cast(:kind as varchar) is null or a.kind = :kind)
			and (cast(:region as varchar) is null or a.region_code like :region || '%')""";

	private final JdbcClient jdbc;

	ActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewActivity a, long organiser, String region, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into activities.activity (kind, title, held_on, place, organiser_unit_id, region_code,
				  participating_units, troops, participants, gifts, gift_value, links, item_id, recorded_by, recorded_at)
				values (:kind, :title, :on, :place, :organiser, :region, :units, :troops, :participants, :gifts, :value,
				  :links, :item, :by, :at) returning id""")
			.param("kind", a.kind()).param("title", a.title()).param("on", a.heldOn()).param("place", a.place())
			.param("organiser", organiser).param("region", region)
			.param("units", a.participatingUnits().toArray(Long[]::new)).param("troops", a.troops())
			.param("participants", a.participants()).param("gifts", a.gifts()).param("value", a.giftValue())
			.param("links", String.join("\n", a.links())).param("item", a.itemId()).param("by", by).param("at", at)
			.query(Long.class).single();
	}

	long insertPlanned(NewActivity a, LocalDate reportDue, long organiser, String region, String by,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into activities.activity (kind, title, held_on, place, organiser_unit_id, region_code,
				  participating_units, troops, participants, item_id, recorded_by, recorded_at, state, report_due)
				values (:kind, :title, :on, :place, :organiser, :region, :units, :troops, 0, :item, :by, :at, 'PLANNED',
				  :due) returning id""")
			.param("kind", a.kind()).param("title", a.title()).param("on", a.heldOn()).param("place", a.place())
			.param("organiser", organiser).param("region", region)
			.param("units", a.participatingUnits().toArray(Long[]::new)).param("troops", a.troops())
			.param("item", a.itemId()).param("by", by).param("at", at).param("due", reportDue)
			.query(Long.class).single();
	}

	void linkTask(long activity, long unit, long task) {
		jdbc.sql("insert into activities.activity_task (activity_id, unit_id, task_id) values (:a, :u, :t)")
			.param("a", activity).param("u", unit).param("t", task).update();
	}

	/** The participating units' tasks of an activity: unit id to task id. */
	Map<Long, Long> tasks(long activity) {
		Map<Long, Long> tasks = new LinkedHashMap<>();
		jdbc.sql("select unit_id, task_id from activities.activity_task where activity_id = :a order by unit_id")
			.param("a", activity).query((rs, n) -> tasks.put(rs.getLong(1), rs.getLong(2))).list();
		return tasks;
	}

	String state(long id) {
		return jdbc.sql("select state from activities.activity where id = :id").param("id", id).query(String.class)
			.single();
	}

	String report(long id) {
		return jdbc.sql("select report from activities.activity where id = :id").param("id", id)
			.query(String.class).single();
	}

	/** The planned activity as held, written only at the version read and while still planned. */
	boolean reported(long id, NewActivity held, String report, int version) {
		return jdbc.sql("""
				update activities.activity set held_on = :on, participants = :participants, gifts = :gifts,
				  gift_value = :value, links = :links, report = :report, state = 'REPORTED', version = version + 1
				where id = :id and version = :version and state = 'PLANNED'""")
			.param("on", held.heldOn()).param("participants", held.participants()).param("gifts", held.gifts())
			.param("value", held.giftValue()).param("links", String.join("\n", held.links())).param("report", report)
			.param("id", id).param("version", version).update() == 1;
	}

	boolean accepted(long id, int version, String by, OffsetDateTime at) {
		return jdbc.sql("""
				update activities.activity set state = 'HELD', accepted_by = :by, accepted_at = :at,
				  version = version + 1
				where id = :id and version = :version and state = 'REPORTED'""")
			.param("by", by).param("at", at).param("id", id).param("version", version).update() == 1;
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select " + COLUMNS + FROM + " where a.id = :id").param("id", id).query(ActivityStore::row)
			.optional();
	}

	ListPage<Row> page(DataScope scope, String kind, String region, Paging paging) {
		long total = scope.bind(jdbc.sql("select count(*) from activities.activity a" + WHERE)).param("kind", kind)
			.param("region", region).query(Long.class).single();
		List<Row> rows = paging.bind(scope.bind(jdbc.sql("select " + COLUMNS + FROM + WHERE
				+ " order by a.held_on desc, a.id desc" + Paging.SQL)))
			.param("kind", kind).param("region", region).query(ActivityStore::row).list();
		return paging.of(rows, total);
	}

	/** How many activities of each kind were held in each month, in scope. */
	List<ActivityFigure> figures(DataScope scope, String region) {
		return scope.bind(jdbc.sql("""
				select k.name, to_char(a.held_on, 'YYYY-MM'), count(*), coalesce(sum(a.participants), 0),
				  coalesce(sum(a.gift_value), 0)
				from activities.activity a join activities.kind k on k.code = a.kind
				where a.state = 'HELD' and a.region_code like :scope and (cast(:region as varchar) is null or a.region_code like :region || '%')
				group by k.position, k.name, to_char(a.held_on, 'YYYY-MM') order by 2 desc, k.position"""))
			.param("region", region)
			.query((rs, n) -> new ActivityFigure(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getBigDecimal(5)))
			.list();
	}

	record Row(long id, ActivityKind kind, String title, LocalDate heldOn, String place, long organiserUnitId,
			String regionCode, List<Long> participatingUnits, String troops, int participants, String gifts,
			java.math.BigDecimal giftValue, List<String> links, Long itemId, int version, String state,
			LocalDate reportDue, String report) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Array units = rs.getArray("participating_units");
		String links = rs.getString("links");
		return new Row(rs.getLong("id"), new ActivityKind(rs.getString("kind"), rs.getString("kind_name")),
				rs.getString("title"), rs.getObject("held_on", LocalDate.class), rs.getString("place"),
				rs.getLong("organiser_unit_id"), rs.getString("region_code"), Arrays.asList((Long[]) units.getArray()),
				rs.getString("troops"), rs.getInt("participants"), rs.getString("gifts"), rs.getBigDecimal("gift_value"),
				links.isEmpty() ? List.of() : List.of(links.split("\n")), rs.getObject("item_id", Long.class),
				rs.getInt("version"), rs.getString("state"), rs.getObject("report_due", LocalDate.class),
				rs.getString("report"));
	}
}
