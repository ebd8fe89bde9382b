package cn.shuangyong.supervision.board;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.VersionedCache;
import cn.shuangyong.supervision.TaskChanges;
import cn.shuangyong.supervision.Tasks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision board (督办看板) of an office: the tasks it may see (see {@link Tasks}), filtered by plan, section,
 * unit, colour, level and prefecture, with the count of each colour and one page of the table. With a plan chosen,
 * the plan's tasks are read once and every view of them worked out in memory ({@link PlanView}); over every plan,
 * colours are computed in the database ({@link ColourColumn}) so counting and paging stay fast on a province's
 * thousands of tasks ({@link EveryPlanBoard}).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionBoard {

	private final Tasks tasks;

	private final WorkPlans plans;

	private final Directory directory;

	private final BusinessClock clock;

	private final TaskChanges changes;

	private final EveryPlanBoard everyPlan;

	/**
	 * Each plan's tasks the user may see, per plan, scope (region and unit) and business date, kept against that
	 * plan's version ({@link TaskChanges#versionOf}): a write to another plan's task keeps them. The time to live
	 * bounds how long a renamed unit keeps its old name here.
	 */
	private final VersionedCache<PlanKey, PlanView> planViews;

	private record PlanKey(long planId, String region, long unit, LocalDate today) {
	}

	SupervisionBoard(Tasks tasks, WorkPlans plans, Directory directory, BusinessClock clock, TaskChanges changes,
			EveryPlanBoard everyPlan) {
		this.tasks = tasks;
		this.plans = plans;
		this.directory = directory;
		this.clock = clock;
		this.changes = changes;
		this.everyPlan = everyPlan;
		// a task with its units takes about 1 KB: two thousand plans' views of tens to a few hundred tasks each
		this.planViews = new VersionedCache<>("supervision.board.plans", 2_000, Duration.ofMinutes(1));
	}

	public BoardPage show(BoardFilter filter, CurrentUser user) {
		requireRead(user);
		if (filter.planId() == null) {
			return everyPlan.show(filter, user);
		}
		plans.find(filter.planId(), user);
		return planView(filter.planId(), user).page(filter, sectionItems(filter));
	}

	/**
	 * The units that lead tasks the user sees in the plan and prefecture, for the unit filter. With neither chosen,
	 * only units of the province and the prefectures: a province's county and township units (over a thousand) come
	 * with a plan or a prefecture. The ids are kept while the tasks stand; the names are read each time, so a renamed
	 * unit shows its new name.
	 */
	public List<Unit> leadUnits(Long planId, String prefecture, CurrentUser user) {
		requireRead(user);
		List<Long> ids;
		if (planId == null) {
			ids = everyPlan.leadUnitIds(prefecture, user);
		}
		else {
			plans.find(planId, user);
			ids = planView(planId, user).leadUnitIds(prefecture);
		}
		return directory.units(ids.stream().map(UnitId::new).toList()).stream()
			.sorted(Comparator.comparing((Unit u) -> u.regionCode().value()).thenComparingLong(u -> u.id().value()))
			.toList();
	}

	private PlanView planView(long planId, CurrentUser user) {
		return planViews.get(new PlanKey(planId, user.regionCode(), user.unitId(), clock.today()),
				changes.versionOf(List.of(planId)),
				() -> new PlanView(tasks.search(new Tasks.TaskFilter(planId, null, null), user)));
	}

	private Set<Long> sectionItems(BoardFilter filter) {
		return filter.section() == null ? Set.of() : plans.sectionOfItems(filter.planId()).entrySet().stream()
			.filter(i -> filter.section().equals(i.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet());
	}

	private static void requireRead(CurrentUser user) {
		if (!user.can(Permission.WORK_READ)) {
			throw new AccessDeniedException("您的角色不能查看督办看板");
		}
	}
}
