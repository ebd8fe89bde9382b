package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskView;

/**
 * The figures of a bulletin: how a plan's tasks stood on a date, in total and per lead unit, the lead units ranked,
 * and the overdue items. A task with joint leads counts for each of them.
 */
public record BulletinFigures(LocalDate asOf, Count total, List<UnitLine> units, List<OverdueItem> overdue) {

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

	public record UnitLine(int rank, long unitId, String unitName, Count count) {
	}

	public record OverdueItem(String itemNo, String title, String leadUnits, LocalDate deadline, long daysOverdue) {
	}

	/**
	 * Ranks the lead units: more of their tasks done ranks higher, then more done on time, then fewer overdue. Units
	 * equal on all three share a rank.
	 */
	static BulletinFigures of(LocalDate asOf, List<TaskAsOf> tasks) {
		Count total = Count.NONE;
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, Count> counts = new LinkedHashMap<>();
		List<OverdueItem> overdue = new ArrayList<>();
		for (TaskAsOf task : tasks) {
			total = total.plus(task.standing());
			for (TaskView.UnitRef lead : task.leadUnits()) {
				names.putIfAbsent(lead.id(), lead.name());
				counts.merge(lead.id(), Count.NONE.plus(task.standing()), (a, b) -> a.plus(task.standing()));
			}
			if (task.standing() == TaskStanding.OVERDUE) {
				overdue.add(new OverdueItem(task.itemNo(), task.title(),
						String.join("、", task.leadUnits().stream().map(TaskView.UnitRef::name).toList()),
						task.deadline(), task.daysOverdue()));
			}
		}
		overdue.sort(Comparator.comparingLong(OverdueItem::daysOverdue).reversed());
		Comparator<Count> better = Comparator.comparingDouble(Count::doneShare).reversed()
			.thenComparing(Comparator.comparingDouble(Count::onTimeRate).reversed())
			.thenComparingInt(Count::overdue);
		List<Long> order = new ArrayList<>(counts.keySet());
		order.sort(Comparator.comparing((Long id) -> counts.get(id), better).thenComparing(names::get));
		List<UnitLine> lines = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			Count count = counts.get(order.get(i));
			int rank = i > 0 && better.compare(count, lines.get(i - 1).count()) == 0 ? lines.get(i - 1).rank() : i + 1;
			lines.add(new UnitLine(rank, order.get(i), names.get(order.get(i)), count));
		}
		return new BulletinFigures(asOf, total, lines, overdue);
	}
}
