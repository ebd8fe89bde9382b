package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskView;

/**
 * The figures of a bulletin, as the issuing office's level sees them: how a plan's tasks stood on a date, in total;
 * the office's own lead units ranked, one line each; the regions below it ranked, each one line with the tasks its
 * units lead rolled up (at the province, the prefectures with their counties; at a prefecture, its counties); and the
 * overdue items, one line per item.
 *
 * <p>Lines tied on every figure share a rank and the next rank skips (1, 1, 3); within a tie, and wherever else
 * figures do not decide, the directory's official order holds (see {@link BulletinPlaces}), not the character code.
 */
public record BulletinFigures(LocalDate asOf, RegionLevel level, Count total, List<UnitLine> units,
		List<RegionLine> regions, List<OverdueItem> overdue) {

	/** Tasks by how they stood. */
	public record Count(int tasks, int onTime, int late, int inProgress, int overdue) {

		static final Count NONE = new Count(0, 0, 0, 0, 0);

		Count plus(TaskStanding standing) {
			return new Count(tasks + 1, onTime + (standing == TaskStanding.DONE_ON_TIME ? 1 : 0),
					late + (standing == TaskStanding.DONE_LATE ? 1 : 0),
					inProgress + (standing.inProgress() ? 1 : 0),
					overdue + (standing == TaskStanding.OVERDUE ? 1 : 0));
		}

		public int done() {
			return onTime + late;
		}

		/** Per cent of tasks done on time, to one decimal. */
		public double onTimeRate() {
			return tasks == 0 ? 0 : Math.round(onTime * 1000.0 / tasks) / 10.0;
		}

		public double doneShare() {
			return tasks == 0 ? 0 : (double) done() / tasks;
		}
	}

	/** A lead unit of the office's own level. */
	public record UnitLine(int rank, long unitId, String unitName, Count count) {
	}

	/** A region below the office's, with the tasks led by its units (and by those of the regions below it). */
	public record RegionLine(int rank, String regionCode, String regionName, Count count) {
	}

	/** An overdue item: its overdue tasks' leads, the earliest deadline among them and the longest delay. */
	public record OverdueItem(String itemNo, String title, String leadUnits, LocalDate deadline, long daysOverdue) {
	}

	/**
	 * More of a line's tasks done ranks higher, then more done on time, then fewer overdue; lines equal on all three
	 * share a rank.
	 */
	static final Comparator<Count> BETTER = Comparator.comparingDouble(Count::doneShare).reversed()
		.thenComparing(Comparator.comparingDouble(Count::onTimeRate).reversed())
		.thenComparingInt(Count::overdue);

	/**
	 * A task with joint leads counts once for each of its own-level leads, and once for each region below that holds
	 * any of its leads.
	 */
	static BulletinFigures of(LocalDate asOf, List<TaskAsOf> tasks, BulletinPlaces places) {
		Count total = Count.NONE;
		Map<Long, Count> units = new LinkedHashMap<>();
		Map<String, Count> regions = new LinkedHashMap<>();
		Map<String, List<TaskAsOf>> overdueByItem = new LinkedHashMap<>();
		for (TaskAsOf task : tasks) {
			TaskStanding standing = task.standing();
			total = total.plus(standing);
			Set<String> rolledInto = new LinkedHashSet<>();
			for (TaskView.UnitRef lead : task.leadUnits()) {
				places.regionBelow(lead.id()).ifPresentOrElse(rolledInto::add,
						() -> units.merge(lead.id(), Count.NONE.plus(standing), (a, b) -> a.plus(standing)));
			}
			rolledInto.forEach(region -> regions.merge(region, Count.NONE.plus(standing), (a, b) -> a.plus(standing)));
			if (standing == TaskStanding.OVERDUE) {
				overdueByItem.computeIfAbsent(task.itemNo(), k -> new ArrayList<>()).add(task);
			}
		}
		List<UnitLine> unitLines = ranked(places.unitsInOrder(units.keySet()), units,
				(rank, id) -> new UnitLine(rank, id, places.unitName(id), units.get(id)));
		List<RegionLine> regionLines = ranked(places.regionsInOrder(regions.keySet()), regions,
				(rank, code) -> new RegionLine(rank, code, places.regionName(code), regions.get(code)));
		List<OverdueItem> overdue = new ArrayList<>();
		overdueByItem.forEach((itemNo, items) -> overdue.add(overdueItem(items, places)));
		overdue.sort(Comparator.comparingLong(OverdueItem::daysOverdue).reversed());
		return new BulletinFigures(asOf, places.level(), total, unitLines, regionLines, overdue);
	}

	/** Sorts keys given in official order by their counts; the sort is stable, so ties keep the official order. */
	private static <K, L> List<L> ranked(List<K> inOfficialOrder, Map<K, Count> counts, Line<K, L> line) {
		List<K> order = new ArrayList<>(inOfficialOrder);
		order.sort(Comparator.comparing(counts::get, BETTER));
		List<L> lines = new ArrayList<>();
		int rank = 0;
		for (int i = 0; i < order.size(); i++) {
			if (i == 0 || BETTER.compare(counts.get(order.get(i)), counts.get(order.get(i - 1))) != 0) {
				rank = i + 1;
			}
			lines.add(line.of(rank, order.get(i)));
		}
		return lines;
	}

	private interface Line<K, L> {

		L of(int rank, K key);
	}

	/**
	 * The item's overdue tasks as one line: their own-level leads by name, and the regions below with how many of
	 * their tasks are overdue, 楚雄州（3项）.
	 */
	private static OverdueItem overdueItem(List<TaskAsOf> tasks, BulletinPlaces places) {
		Set<Long> units = new LinkedHashSet<>();
		Map<String, Integer> regions = new LinkedHashMap<>();
		for (TaskAsOf task : tasks) {
			Set<String> rolledInto = new LinkedHashSet<>();
			for (TaskView.UnitRef lead : task.leadUnits()) {
				places.regionBelow(lead.id()).ifPresentOrElse(rolledInto::add, () -> units.add(lead.id()));
			}
			rolledInto.forEach(region -> regions.merge(region, 1, Integer::sum));
		}
		List<String> names = new ArrayList<>();
		places.unitsInOrder(units).forEach(id -> names.add(places.unitName(id)));
		places.regionsInOrder(regions.keySet())
			.forEach(code -> names.add(places.regionName(code) + "（" + regions.get(code) + "项）"));
		return new OverdueItem(tasks.get(0).itemNo(), tasks.get(0).title(), String.join("、", names),
				tasks.stream().map(TaskAsOf::deadline).min(Comparator.naturalOrder()).orElseThrow(),
				tasks.stream().mapToLong(TaskAsOf::daysOverdue).max().orElse(0));
	}

	/** All lines, own units first, for those who list who is concerned (the 主送机关). */
	List<String> lineNames() {
		List<String> names = new ArrayList<>(units.stream().map(UnitLine::unitName).toList());
		regions.stream().map(RegionLine::regionName).forEach(names::add);
		return names;
	}
}
