package cn.shuangyong.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskUrgency;
import cn.shuangyong.supervision.TaskView;

/**
 * Where an item of a plan stands, for the plan page: its deadline (the earliest and latest of its tasks', which differ
 * once one lead is granted an extension), the colour of its most urgent task and how many of its tasks are signed off.
 */
public record ItemProgress(long itemId, LocalDate firstDeadline, LocalDate lastDeadline, TaskView mostUrgent, int tasks,
		int signedOff, int overdue) {

	/** The colour that the item shows: its most urgent task's. */
	public TaskColour colour() {
		return mostUrgent.colour();
	}

	/** How the item stands (逾期办结 …): its most urgent task's standing, which gives the colour. */
	public cn.shuangyong.supervision.TaskStanding standing() {
		return mostUrgent.standing();
	}

	/** The state that the item shows when it has one task, or when all its tasks stand alike. */
	public TaskState state() {
		return mostUrgent.state();
	}

	public boolean oneDeadline() {
		return firstDeadline.equals(lastDeadline);
	}

	/** One line per item that has tasks, in the order of the tasks given. */
	static List<ItemProgress> of(List<TaskView> tasks) {
		Map<Long, List<TaskView>> byItem = new LinkedHashMap<>();
		tasks.stream().filter(t -> t.itemId() != null)
			.forEach(t -> byItem.computeIfAbsent(t.itemId(), k -> new ArrayList<>()).add(t));
		return byItem.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
	}

	private static ItemProgress of(long itemId, List<TaskView> tasks) {
		List<LocalDate> deadlines = tasks.stream().map(TaskView::deadline).sorted().toList();
		return new ItemProgress(itemId, deadlines.get(0), deadlines.get(deadlines.size() - 1),
				tasks.stream().min(TaskUrgency.FIRST).orElseThrow(), tasks.size(),
				(int) tasks.stream().filter(t -> t.state() == TaskState.SIGNED_OFF).count(),
				(int) tasks.stream().filter(t -> t.colour() == TaskColour.RED).count());
	}
}
