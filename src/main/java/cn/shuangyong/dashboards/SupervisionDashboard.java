package cn.shuangyong.dashboards;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.VersionedCache;
import cn.shuangyong.supervision.TaskChanges;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskFact;
import cn.shuangyong.supervision.TaskFacts;
import cn.shuangyong.supervision.TaskStanding;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The supervision dashboard of a plan, computed from {@link TaskFacts} and the plans' sections. Tasks led by units of
 * the plan's own region are shown unit by unit; those led below it are one bar, which the prefecture map opens up.
 */
@Service
public class SupervisionDashboard {

	private final WorkPlans plans;

	private final TaskFacts facts;

	private final Directory directory;

	private final BusinessClock clock;

	private final TaskChanges changes;

	/**
	 * The figures per plan with its forwards, data scope (region and unit) and business date, kept while the tasks of
	 * those plans stand ({@link TaskChanges#versionOf}): every board user opening the dashboard would otherwise read and
	 * count a province's thousands of tasks, and a write to another plan's task keeps them. The forwards are part of
	 * the key, since a plan leaving them does not move their version. The time to live bounds how long a renamed unit
	 * or plan keeps its old name here.
	 */
	private final VersionedCache<FiguresKey, SupervisionFigures> kept;

	private record FiguresKey(long planId, List<Long> cascade, String region, long unit, LocalDate today) {
	}

	SupervisionDashboard(WorkPlans plans, TaskFacts facts, Directory directory, BusinessClock clock,
			TaskChanges changes) {
		this.changes = changes;
		this.kept = new VersionedCache<>("dashboards.supervision.figures", 1_000, Duration.ofMinutes(1));
		this.plans = plans;
		this.facts = facts;
		this.directory = directory;
		this.clock = clock;
	}

	/** The plan to show when none is asked for: the first the user may see (the highest office's newest). */
	public long defaultPlan(CurrentUser user) {
		return plans.visibleTo(user).stream().findFirst().map(PlanSummary::id)
			.orElseThrow(() -> new NotFoundException("暂无可统计的工作要点"));
	}

	public SupervisionFigures figures(long planId, CurrentUser user) {
		if (!user.can(Permission.WORK_READ)) {
			throw new AccessDeniedException("您的角色不能查看统计图表");
		}
		PlanSummary plan = plans.find(planId, user);
		LocalDate today = clock.today();
		List<Long> cascade = plans.cascade(planId);
		return kept.get(new FiguresKey(planId, cascade, user.regionCode(), user.unitId(), today),
				changes.versionOf(cascade), () -> figures(plan, cascade, today, user));
	}

	private SupervisionFigures figures(PlanSummary plan, List<Long> cascadePlans, LocalDate today, CurrentUser user) {
		long planId = plan.id();
		List<TaskFact> cascade = facts.ofPlans(cascadePlans, user);
		List<TaskFact> own = cascade.stream().filter(f -> f.planId() == planId).toList();
		LocalDate from = plan.issuedOn() != null ? plan.issuedOn()
				: LocalDate.of(plan.year() != null ? plan.year() : today.getYear(), 1, 1);
		LocalDate until = today.isBefore(from.withDayOfYear(1).plusYears(1)) ? today : from.withMonth(12).withDayOfMonth(31);
		return new SupervisionFigures(planId, plan.title(), plan.docNumber(), today, own.size(),
				count(own, TaskFact::signedOff), count(own, f -> f.standing() == TaskStanding.DONE_LATE),
				count(own, f -> f.colour() == TaskColour.RED), sections(planId, own),
				leadUnits(plan, own), OverdueTrend.of(cascade, from, until), prefectures(plan, cascade));
	}

	private List<Completion> sections(long planId, List<TaskFact> own) {
		Map<Long, String> sectionOf = plans.sectionOfItems(planId);
		Map<String, List<TaskFact>> bySection = new LinkedHashMap<>();
		plans.sections(planId).forEach(s -> bySection.put(s, new ArrayList<>()));
		own.forEach(f -> bySection.computeIfAbsent(sectionOf.getOrDefault(f.itemId(), ""), k -> new ArrayList<>()).add(f));
		List<Completion> result = new ArrayList<>();
		bySection.forEach((section, tasks) -> {
			if (!tasks.isEmpty()) {
				result.add(completion(section, section.isEmpty() ? "其他" : section, tasks));
			}
		});
		return result;
	}

	private List<Completion> leadUnits(PlanSummary plan, List<TaskFact> own) {
		Map<String, List<TaskFact>> byUnit = group(own,
				f -> f.leadUnitId() != null && f.regionCode().equals(plan.regionCode()) ? f.leadUnitId().toString() : "");
		Map<Long, String> names = new HashMap<>();
		directory.units(byUnit.keySet().stream().filter(k -> !k.isEmpty()).map(k -> new UnitId(Long.parseLong(k))).toList())
			.forEach(u -> names.put(u.id().value(), u.shortName() == null || u.shortName().isBlank() ? u.name() : u.shortName()));
		List<Completion> result = new ArrayList<>();
		byUnit.forEach((key, tasks) -> result.add(completion(key,
				key.isEmpty() ? "下级单位" : names.getOrDefault(Long.parseLong(key), key), tasks)));
		result.sort(Comparator.comparing((Completion c) -> c.key().isEmpty()).thenComparing(Completion::total,
				Comparator.reverseOrder()).thenComparing(Completion::name));
		return result;
	}

	/** The province's prefectures, each with the tasks worked in it, for the map. */
	private List<Completion> prefectures(PlanSummary plan, List<TaskFact> cascade) {
		String province = RegionLevel.PROVINCE.regionOf(plan.regionCode());
		Map<String, List<TaskFact>> byPrefecture = group(
				cascade.stream().filter(f -> RegionLevel.ofCode(f.regionCode()).isBelow(RegionLevel.PROVINCE)).toList(),
				f -> RegionLevel.PREFECTURE.regionOf(f.regionCode()));
		return directory.children(RegionCode.of(province)).stream()
			.map(r -> completion(r.code().value(), r.name(), byPrefecture.getOrDefault(r.code().value(), List.of())))
			.toList();
	}

	private static Map<String, List<TaskFact>> group(List<TaskFact> facts, Function<TaskFact, String> key) {
		Map<String, List<TaskFact>> groups = new LinkedHashMap<>();
		facts.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
		return groups;
	}

	private static Completion completion(String key, String name, List<TaskFact> tasks) {
		return Completion.of(key, name, tasks.size(), count(tasks, TaskFact::signedOff),
				count(tasks, f -> f.colour() == TaskColour.RED));
	}

	private static int count(List<TaskFact> facts, Predicate<TaskFact> test) {
		return (int) facts.stream().filter(test).count();
	}
}
