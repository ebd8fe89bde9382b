package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.supervision.TaskFacts;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores each lead unit of a plan (see {@link AssessmentScore}) and ranks it among the units of its own level: the
 * province's departments against each other, the prefectures' units against each other, and so on, since their
 * tasks differ in kind.
 */
@Service
@Transactional(readOnly = true)
public class UnitAssessment {

	private final WorkPlans plans;

	private final Tasks tasks;

	private final TaskHistory history;

	private final Directory directory;

	private final BusinessClock clock;

	private final AssessmentWeights weights;

	private final int warningDays;

	UnitAssessment(WorkPlans plans, Tasks tasks, TaskHistory history, Directory directory, BusinessClock clock,
			AssessmentWeights weights, @Value("${shuangyong.supervision.warning-days:7}") int warningDays) {
		this.plans = plans;
		this.tasks = tasks;
		this.history = history;
		this.directory = directory;
		this.clock = clock;
		this.weights = weights;
		this.warningDays = warningDays;
	}

	public Assessment of(long planId, CurrentUser user) {
		plans.find(planId, user);
		LocalDate today = clock.today();
		Map<Long, List<TaskReplay.Change>> changes = history.changes(planId);
		Map<Long, List<AssessmentScore.TaskFacts>> byUnit = new LinkedHashMap<>();
		// the tasks and the lead units the user's data scope covers, as the ledger shows them
		for (TaskView task : tasks.search(new Tasks.TaskFilter(planId, null, null), user)) {
			var facts = new AssessmentScore.TaskFacts(task.deadline(), changes.getOrDefault(task.id(), List.of()));
			task.leadUnits().forEach(u -> byUnit.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(facts));
		}
		Map<Long, Unit> units = new HashMap<>();
		directory.units(byUnit.keySet().stream().map(UnitId::new).toList()).forEach(u -> units.put(u.id().value(), u));
		Map<RegionLevel, List<AssessedUnit>> levels = new EnumMap<>(RegionLevel.class);
		byUnit.forEach((unitId, facts) -> {
			Unit unit = units.get(unitId);
			if (unit != null && user.covers(unit.regionCode().value())) {
				levels.computeIfAbsent(unit.level(), k -> new ArrayList<>()).add(new AssessedUnit(0, unitId, unit.name(),
						AssessmentScore.of(facts, today, warningDays, weights)));
			}
		});
		List<LevelRanking> rankings = new ArrayList<>();
		levels.forEach((level, assessed) -> rankings.add(new LevelRanking(level, ranked(assessed))));
		return new Assessment(planId, today, weights, warningDays, rankings);
	}

	private static List<AssessedUnit> ranked(List<AssessedUnit> units) {
		List<AssessedUnit> sorted = new ArrayList<>(units);
		// a tie keeps the directory's order of units (the order of their ids), not the character code of the names
		sorted.sort(Comparator.comparingDouble((AssessedUnit u) -> u.score().score()).reversed()
			.thenComparingLong(AssessedUnit::unitId));
		List<AssessedUnit> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			AssessedUnit unit = sorted.get(i);
			int rank = i > 0 && ranked.get(i - 1).score().score() == unit.score().score() ? ranked.get(i - 1).rank()
					: i + 1;
			ranked.add(new AssessedUnit(rank, unit.unitId(), unit.unitName(), unit.score()));
		}
		return ranked;
	}

	public record Assessment(long planId, LocalDate asOf, AssessmentWeights weights, int warningDays,
			List<LevelRanking> levels) {
	}

	public record LevelRanking(RegionLevel level, List<AssessedUnit> units) {
	}

	public record AssessedUnit(int rank, long unitId, String unitName, AssessmentScore score) {
	}
}
