package cn.shuangyong.supervision.board;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.VersionedCache;
import cn.shuangyong.supervision.TaskChanges;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision board (督办看板) of an office: the tasks it may see (see {@link Tasks}), filtered by plan, section,
 * unit, colour, level and prefecture, with the count of each colour and one page of the table. Colours are computed
 * in the database ({@link ColourColumn}) so counting and paging stay fast on a province's thousands of tasks.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionBoard {

	private final JdbcClient jdbc;

	private final Tasks tasks;

	private final WorkPlans plans;

	private final Directory directory;

	private final BusinessClock clock;

	/**
	 * The ids of the units leading the tasks a user sees, per scope (region and unit), plan and prefecture: reading them
	 * is a join over every task's units, the dearest query of the board at a province's scale, and they change only
	 * when tasks are opened, which moves {@link TaskChanges}.
	 */
	private final VersionedCache<LeadUnitsKey, List<Long>> leadUnitChoices;

	private record LeadUnitsKey(String region, long unit, Long planId, String prefecture) {
	}

	/**
	 * The pages shown, per filter, scope and business date, while the tasks stand: the board's users page through the
	 * same few views of a province's thousands of tasks. The time to live bounds how long a renamed unit keeps its old
	 * name here.
	 */
	private final VersionedCache<PageKey, BoardPage> pages;

	private record PageKey(BoardFilter filter, String region, long unit, LocalDate today) {
	}

	SupervisionBoard(JdbcClient jdbc, Tasks tasks, WorkPlans plans, Directory directory, BusinessClock clock,
			TaskChanges changes) {
		this.leadUnitChoices = new VersionedCache<>("supervision.board.lead-units", 5_000, Duration.ofMinutes(10),
				changes::version);
		// a page holds 25 tasks with their units, some 25 KB: a thousand pages stay within 25 MB
		this.pages = new VersionedCache<>("supervision.board.pages", 1_000, Duration.ofMinutes(1), changes::version);
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.plans = plans;
		this.directory = directory;
		this.clock = clock;
	}

	public BoardPage show(BoardFilter filter, CurrentUser user) {
		requireRead(user);
		if (filter.planId() != null) {
			plans.find(filter.planId(), user);
		}
		return pages.get(new PageKey(filter, user.regionCode(), user.unitId(), clock.today()), () -> read(filter, user));
	}

	private BoardPage read(BoardFilter filter, CurrentUser user) {
		Map<String, Object> params = params(user);
		String where = where(filter, user, params);
		Map<TaskColour, Long> counts = new EnumMap<>(TaskColour.class);
		jdbc.sql("select " + ColourColumn.SQL + " as colour, count(*) from supervision.task t where " + where
				+ " group by 1")
			.params(params)
			.query((rs, n) -> counts.put(TaskColour.valueOf(rs.getString(1)), rs.getLong(2))).list();
		String ofColour = where;
		if (filter.colour() != null) {
			ofColour += " and " + ColourColumn.SQL + " = :colour";
			params.put("colour", filter.colour().name());
		}
		long matching = filter.colour() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
				: counts.getOrDefault(filter.colour(), 0L);
		int page = (int) Math.min(filter.page(), Math.max(0, (matching + BoardFilter.PAGE_SIZE - 1) / BoardFilter.PAGE_SIZE - 1));
		new Paging(page, BoardFilter.PAGE_SIZE).bind(params);
		List<Long> ids = jdbc.sql("select t.id from supervision.task t where " + ofColour + " order by case "
				+ ColourColumn.SQL + " when 'RED' then 0 when 'YELLOW' then 1 else 2 end, t.deadline, t.plan_id, t.item_id, t.id"
				+ Paging.SQL)
			.params(params).query(Long.class).list();
		return new BoardPage(tasks.byIds(ids), java.util.Collections.unmodifiableMap(counts), matching, page);
	}

	/**
	 * The units that lead tasks the user sees in the plan and prefecture, for the unit filter. With neither chosen,
	 * only units of the province and the prefectures: a province's county and township units (over a thousand) come
	 * with a plan or a prefecture. The ids are kept until tasks change ({@link #leadUnitChoices}); the names are read
	 * each time, so a renamed unit shows its new name.
	 */
	public List<Unit> leadUnits(Long planId, String prefecture, CurrentUser user) {
		requireRead(user);
		if (planId != null) {
			plans.find(planId, user);
		}
		List<Long> ids = leadUnitChoices.get(new LeadUnitsKey(user.regionCode(), user.unitId(), planId, prefecture),
				() -> List.copyOf(leadUnitIds(planId, prefecture, user)));
		return directory.units(ids.stream().map(UnitId::new).toList()).stream()
			.sorted(java.util.Comparator.comparing((Unit u) -> u.regionCode().value()).thenComparingLong(u -> u.id().value()))
			.toList();
	}

	private List<Long> leadUnitIds(Long planId, String prefecture, CurrentUser user) {
		Map<String, Object> params = params(user);
		String where = where(new BoardFilter(planId, null, null, null, null, prefecture, 0), user, params)
				+ (planId == null && prefecture == null
						? " and length(t.region_code) <= " + RegionLevel.PREFECTURE.codeLength() : "");
		return jdbc.sql("select distinct tu.unit_id from supervision.task_unit tu join supervision.task t "
				+ "on t.id = tu.task_id where tu.role = 'LEAD' and " + where)
			.params(params).query(Long.class).list();
	}

	private Map<String, Object> params(CurrentUser user) {
		Map<String, Object> params = Tasks.scope(user, new HashMap<>());
		params.put("today", clock.today());
		params.put("warn", tasks.warningDays());
		return params;
	}

	private String where(BoardFilter filter, CurrentUser user, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(Tasks.VISIBLE);
		if (filter.planId() != null) {
			plans.find(filter.planId(), user);
			where.append(" and t.plan_id = :plan");
			params.put("plan", filter.planId());
			if (filter.section() != null) {
				List<Long> items = plans.sectionOfItems(filter.planId()).entrySet().stream()
					.filter(i -> filter.section().equals(i.getValue())).map(Map.Entry::getKey).sorted().toList();
				where.append(items.isEmpty() ? " and false" : " and t.item_id in (:items)");
				params.put("items", items.isEmpty() ? List.of(-1L) : items);
			}
		}
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

	private static void requireRead(CurrentUser user) {
		if (!user.can(Permission.WORK_READ)) {
			throw new AccessDeniedException("您的角色不能查看督办看板");
		}
	}
}
