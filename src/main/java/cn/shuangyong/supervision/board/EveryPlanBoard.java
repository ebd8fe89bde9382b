package cn.shuangyong.supervision.board;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.VersionedCache;
import cn.shuangyong.supervision.TaskChanges;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskUrgency;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board with no plan chosen: every task the user may see, of any plan, counted and paged in the database, since
 * a province holds thousands. What it reads is kept against the version of the tasks the view may show
 * ({@link #versionOf}): a write to a task outside the user's scope and the view's filters keeps it (issue 23).
 */
@Component
@Transactional(readOnly = true)
class EveryPlanBoard {

	private final JdbcClient jdbc;

	private final Tasks tasks;

	private final BusinessClock clock;

	private final TaskChanges changes;

	/**
	 * The count of each colour per filter (without colour and page), scope and business date: the same for every
	 * colour and page a user clicks through, and it says which page a request past the end shows.
	 */
	private final VersionedCache<ViewKey, Map<TaskColour, Long>> colourCounts;

	/**
	 * The pages shown, per filter (with the page actually shown, so pages past the end share the last), scope and
	 * business date. The time to live bounds how long a renamed unit keeps its old name here.
	 */
	private final VersionedCache<ViewKey, BoardPage> pages;

	private record ViewKey(BoardFilter filter, String region, long unit, LocalDate today) {
	}

	/**
	 * The ids of the units leading the tasks a user sees, per scope and prefecture: reading them is a join over every
	 * task's units, the dearest query of the board at a province's scale.
	 */
	private final VersionedCache<LeadUnitsKey, List<Long>> leadUnitChoices;

	private record LeadUnitsKey(String region, long unit, String prefecture) {
	}

	EveryPlanBoard(JdbcClient jdbc, Tasks tasks, BusinessClock clock, TaskChanges changes) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.clock = clock;
		this.changes = changes;
		this.colourCounts = new VersionedCache<>("supervision.board.counts", 5_000, Duration.ofMinutes(1));
		// a page holds 25 tasks with their units, some 25 KB: a thousand pages stay within 25 MB
		this.pages = new VersionedCache<>("supervision.board.pages", 1_000, Duration.ofMinutes(1));
		this.leadUnitChoices = new VersionedCache<>("supervision.board.lead-units", 5_000, Duration.ofMinutes(10));
	}

	/** The filter's page; its plan and section are left out (a plan's board is {@link PlanView}'s). */
	BoardPage show(BoardFilter filter, CurrentUser user) {
		// one version for the counts and the page, so a page is never kept with counts of another version
		OptionalLong version = versionOf(filter, user);
		LocalDate today = clock.today();
		Map<TaskColour, Long> counts = colourCounts.get(
				new ViewKey(new BoardFilter(null, null, filter.unitId(), null, filter.level(), filter.prefecture(), 0),
						user.regionCode(), user.unitId(), today),
				version, () -> Collections.unmodifiableMap(countColours(filter, user)));
		long matching = filter.colour() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
				: counts.getOrDefault(filter.colour(), 0L);
		int page = (int) Math.min(filter.page(),
				Math.max(0, (matching + BoardFilter.PAGE_SIZE - 1) / BoardFilter.PAGE_SIZE - 1));
		BoardFilter shown = new BoardFilter(null, null, filter.unitId(), filter.colour(), filter.level(),
				filter.prefecture(), page);
		return pages.get(new ViewKey(shown, user.regionCode(), user.unitId(), today), version,
				() -> new BoardPage(tasks.byIds(pageIds(shown, user)), counts, matching, page));
	}

	/**
	 * The units leading tasks the user sees in the prefecture; with none chosen, only units of the province and the
	 * prefectures (a province's county and township units, over a thousand, come with a prefecture).
	 */
	List<Long> leadUnitIds(String prefecture, CurrentUser user) {
		return leadUnitChoices.get(new LeadUnitsKey(user.regionCode(), user.unitId(), prefecture),
				versionOf(new BoardFilter(null, null, null, null, null, prefecture, 0), user),
				() -> {
					Map<String, Object> params = params(user);
					String where = where(new BoardFilter(null, null, null, null, null, prefecture, 0), params)
							+ (prefecture == null ? " and length(t.region_code) <= " + RegionLevel.PREFECTURE.codeLength()
									: "");
					// the visible tasks first, then their leads in one hash join: joined directly, the planner probed
					// the task of every one of a province's 5,000 lead rows in turn (25 ms against 2.5 ms)
					return List.copyOf(jdbc.sql("with visible as materialized (select t.id from supervision.task t where "
							+ where + ") select distinct tu.unit_id from supervision.task_unit tu join visible v "
							+ "on v.id = tu.task_id where tu.role = 'LEAD'")
						.params(params).query(Long.class).list());
				});
	}

	/**
	 * The version of the tasks the filter's view may show, whatever its colour and page. With a unit chosen, every
	 * such task has that unit. With a prefecture inside the user's scope, every such task lies in the prefecture,
	 * whoever works on it. Otherwise each is one the user's unit works on, or one whose own region or issuer's region
	 * lies in the scope; its own region also meets the prefecture and level chosen, so only the pairs of regions that
	 * meet them count (a task seen through the user's unit counts by the unit, whatever its region).
	 */
	private OptionalLong versionOf(BoardFilter filter, CurrentUser user) {
		if (filter.unitId() != null) {
			return changes.versionOfUnit(filter.unitId());
		}
		Map<String, Object> params = user.scope().bind(new HashMap<>());
		String level = filter.level() == null ? "" : " and " + filter.level().condition();
		if (filter.prefecture() == null) {
			return changes.versionOfReach("(t.region_code like :scope or t.issuer_region like :scope)" + level, params,
					user.unitId());
		}
		params.put("prefecture", new DataScope(filter.prefecture()).pattern());
		if (user.covers(filter.prefecture())) {
			return changes.versionOfRegions("t.region_code like :prefecture" + level, params);
		}
		return changes.versionOfReach("(t.region_code like :scope or t.issuer_region like :scope)"
				+ " and t.region_code like :prefecture" + level, params, user.unitId());
	}

	private Map<TaskColour, Long> countColours(BoardFilter filter, CurrentUser user) {
		Map<String, Object> params = params(user);
		Map<TaskColour, Long> counts = new EnumMap<>(TaskColour.class);
		jdbc.sql("select " + ColourColumn.SQL + " as colour, count(*) from supervision.task t where "
				+ where(filter, params) + " group by 1")
			.params(params)
			.query((rs, n) -> counts.put(TaskColour.valueOf(rs.getString(1)), rs.getLong(2))).list();
		return counts;
	}

	private List<Long> pageIds(BoardFilter filter, CurrentUser user) {
		Map<String, Object> params = params(user);
		String where = where(filter, params);
		if (filter.colour() != null) {
			where += " and " + ColourColumn.SQL + " = :colour";
			params.put("colour", filter.colour().name());
		}
		new Paging(filter.page(), BoardFilter.PAGE_SIZE).bind(params);
		return jdbc.sql("select t.id from supervision.task t where " + where + " order by " + TaskUrgency.ORDER_SQL
				+ Paging.SQL)
			.params(params).query(Long.class).list();
	}

	private Map<String, Object> params(CurrentUser user) {
		Map<String, Object> params = Tasks.scope(user, new HashMap<>());
		params.put("today", clock.today());
		params.put("warn", tasks.warningDays());
		return params;
	}

	private static String where(BoardFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(Tasks.VISIBLE);
		if (filter.unitId() != null) {
			where.append(" and exists (select 1 from supervision.task_unit f where f.task_id = t.id and f.unit_id = :filterUnit)");
			params.put("filterUnit", filter.unitId());
		}
		if (filter.level() != null) {
			where.append(" and ").append(filter.level().condition());
		}
		if (filter.prefecture() != null) {
			where.append(" and t.region_code like :prefecture");
			params.put("prefecture", new DataScope(filter.prefecture()).pattern());
		}
		return where.toString();
	}
}
