package cn.shuangyong.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.board.ColourColumn;
import cn.shuangyong.supervision.tasklife.TaskSources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tasks. A user sees the tasks their unit leads or helps with, those in their region subtree, and those their
 * office issued; any other task answers 404.
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

	/** What a user may see: the data scope's tasks, and those their unit works on (binds them, see {@link #scope}). */
	public static final String VISIBLE = """
			(t.region_code like :scope or t.issuer_region like :scope
			 or exists (select 1 from supervision.task_unit v where v.task_id = t.id and v.unit_id = :unit))""";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final BusinessClock clock;

	private final int warningDays;

	private final TaskSources sources;

	private final WorkPlans plans;

	Tasks(JdbcClient jdbc, Directory directory, BusinessClock clock,
			@Value("${shuangyong.supervision.warning-days:7}") int warningDays, TaskSources sources, WorkPlans plans) {
		this.sources = sources;
		this.plans = plans;
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
		this.warningDays = warningDays;
	}

	public List<TaskView> ofPlan(long planId) {
		return load("t.plan_id = :plan", Map.of("plan", planId));
	}

	public List<TaskView> ofItem(long itemId) {
		return load("t.item_id = :item", Map.of("item", itemId));
	}

	/** The tasks another module opened for one of its records, e.g. the units' tasks of a 材料报送 request. */
	public List<TaskView> ofSource(TaskSource source, long sourceId) {
		return load("t.source_kind = :kind and t.source_id = :source", Map.of("kind", source.code(), "source", sourceId));
	}

	public int countOfPlan(long planId) {
		return jdbc.sql("select count(*) from supervision.task where plan_id = :p").param("p", planId)
			.query(Integer.class).single();
	}

	public TaskView find(long taskId, CurrentUser user) {
		TaskView task = load("t.id = :id and " + VISIBLE, scope(user, Map.of("id", taskId))).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("任务不存在"));
		user.require(Permission.WORK_READ);
		return task;
	}

	/** The tasks with these ids, in the order given. */
	public List<TaskView> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, TaskView> byId = new HashMap<>();
		load("t.id in (:ids)", Map.of("ids", ids)).forEach(t -> byId.put(t.id(), t));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	public int warningDays() {
		return warningDays;
	}

	public Optional<TaskView> byId(long taskId) {
		return load("t.id = :id", Map.of("id", taskId)).stream().findFirst();
	}

	/** The tasks a user may see, filtered, the most urgent first ({@link TaskUrgency}); a null filter value leaves that filter out. */
	public List<TaskView> search(TaskFilter filter, CurrentUser user) {
		user.require(Permission.WORK_READ);
		Map<String, Object> params = scope(user, new HashMap<>());
		return load(where(filter, params), params).stream().sorted(TaskUrgency.FIRST).toList();
	}

	/** One page of {@link #search}, in the same order: the most urgent first. */
	public ListPage<TaskView> page(TaskFilter filter, Paging paging, CurrentUser user) {
		user.require(Permission.WORK_READ);
		Map<String, Object> params = scope(user, new HashMap<>());
		String where = where(filter, params);
		long total = jdbc.sql("select count(*) from supervision.task t where " + where).params(params)
			.query(Long.class).single();
		params.put("today", clock.today());
		params.put("warn", warningDays);
		List<Long> ids = jdbc.sql("select t.id from supervision.task t where " + where
				+ " order by " + TaskUrgency.ORDER_SQL + Paging.SQL)
			.params(paging.bind(params)).query(Long.class).list();
		return paging.of(byIds(ids), total);
	}

	private String where(TaskFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(VISIBLE);
		if (filter.planId() != null) {
			where.append(" and t.plan_id = :plan");
			params.put("plan", filter.planId());
		}
		if (filter.unitId() != null) {
			where.append(" and exists (select 1 from supervision.task_unit f where f.task_id = t.id and f.unit_id = :filterUnit)");
			params.put("filterUnit", filter.unitId());
		}
		if (filter.colour() != null) {
			where.append(" and " + ColourColumn.SQL + " = :colour");
			params.put("colour", filter.colour().name());
			params.put("today", clock.today());
			params.put("warn", warningDays);
		}
		return where.toString();
	}

	/**
	 * The task's timeline in time order: a notice the escalation's replay of a past day issued is entered after steps
	 * taken later than its date, and reads in its place.
	 */
	public List<TimelineEntry> timeline(long taskId) {
		return jdbc.sql("select kind, actor, unit_id, detail, at from supervision.task_event where task_id = :t order by at, id")
			.param("t", taskId)
			.query((rs, i) -> new TimelineEntry(rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	public List<ReportView> reports(long taskId) {
		return jdbc.sql("select id, unit_id, author, text, created_at from supervision.progress_report where task_id = :t order by id")
			.param("t", taskId)
			.query((rs, i) -> new ReportView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	public static Map<String, Object> scope(CurrentUser user, Map<String, Object> params) {
		Map<String, Object> all = user.scope().bind(new HashMap<>(params));
		all.put("unit", user.unitId());
		return all;
	}

	private List<TaskView> load(String where, Map<String, ?> params) {
		record Row(long id, Long planId, Long itemId, String itemNo, String title, TaskState state, LocalDate deadline,
				String reason, Timestamp lastReport, LocalDate signedOff, long issuer, String region, String issuerRegion,
				int version, String source, long sourceId, LocalDate submittedOn) {
		}
		List<Row> rows = jdbc.sql("""
				select t.id, t.plan_id, t.item_id, t.item_no, t.title, t.state, t.deadline, t.deadline_reason,
				  t.last_report_at, t.signed_off_on, t.issuer_unit_id, t.region_code, t.issuer_region, t.version,
				  t.source_kind, t.source_id, t.submitted_on
				from supervision.task t where\s""" + where + " order by t.plan_id, t.item_id, t.id")
			.params(params)
			.query((rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getString(5),
					TaskState.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getString(8),
					rs.getTimestamp(9), rs.getObject(10, LocalDate.class), rs.getLong(11), rs.getString(12),
					rs.getString(13), rs.getInt(14), rs.getString(15), rs.getLong(16),
					rs.getObject(17, LocalDate.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<TaskView.UnitRef>> leads = new LinkedHashMap<>();
		Map<Long, List<TaskView.UnitRef>> cooperating = new LinkedHashMap<>();
		units(rows.stream().map(Row::id).toList(), leads, cooperating);
		Map<Long, String> docNumbers = new HashMap<>();
		rows.stream().map(Row::planId).filter(java.util.Objects::nonNull).distinct()
			.forEach(p -> plans.byId(p).ifPresent(plan -> docNumbers.put(p, plan.docNumber())));
		LocalDate today = clock.today();
		return rows.stream().map(r -> {
			Instant lastReport = r.lastReport() == null ? null : r.lastReport().toInstant();
			TaskStanding standing = TaskStanding.of(r.state(), r.deadline(),
					r.submittedOn() != null ? r.submittedOn() : r.signedOff(), TaskColour.day(lastReport), today,
					warningDays);
			return new TaskView(r.id(), r.planId(), r.itemId(), r.itemNo(), r.title(),
					leads.getOrDefault(r.id(), List.of()), cooperating.getOrDefault(r.id(), List.of()), r.deadline(),
					r.reason(), r.state(), standing, lastReport, r.signedOff(), r.issuer(), r.region(),
					r.issuerRegion(), r.version(), sources.link(r.source(), r.sourceId()),
					r.planId() == null ? null : docNumbers.get(r.planId()));
		})
			.toList();
	}

	private void units(List<Long> taskIds, Map<Long, List<TaskView.UnitRef>> leads,
			Map<Long, List<TaskView.UnitRef>> cooperating) {
		record Member(long taskId, long unitId, String role) {
		}
		List<Member> members = new ArrayList<>();
		for (int from = 0; from < taskIds.size(); from += 1000) {
			members.addAll(jdbc.sql("""
					select task_id, unit_id, role from supervision.task_unit where task_id in (:ids)
					order by task_id, position""")
				.param("ids", taskIds.subList(from, Math.min(taskIds.size(), from + 1000)))
				.query((rs, n) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3))).list());
		}
		Map<Long, String> names = new HashMap<>();
		directory.units(members.stream().map(m -> new UnitId(m.unitId())).distinct().toList())
			.forEach(u -> names.put(u.id().value(), u.name()));
		for (Member m : members) {
			var unit = new TaskView.UnitRef(m.unitId(), names.getOrDefault(m.unitId(), ""));
			("LEAD".equals(m.role()) ? leads : cooperating).computeIfAbsent(m.taskId(), k -> new ArrayList<>()).add(unit);
		}
	}

	/** Filters of the task list. */
	public record TaskFilter(Long planId, Long unitId, TaskColour colour) {
	}

	public record TimelineEntry(String kind, String actor, Long unitId, String detail, java.time.Instant at) {
	}

	public record ReportView(long id, long unitId, String author, String text, java.time.Instant at) {
	}
}
