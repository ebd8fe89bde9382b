package cn.shuangyong.supervision;

import java.util.Comparator;

import cn.shuangyong.supervision.board.ColourColumn;

/**
 * The order of every task list (issue 15): what matters first. Red tasks, then yellow ones, then the other open
 * tasks, each by deadline, nearest first; signed-off tasks last. Ties keep the plan's order.
 */
public final class TaskUrgency {

	/** The order in Java, for lists read whole. */
	public static final Comparator<TaskView> FIRST = Comparator.comparingInt(TaskUrgency::rank)
		.thenComparing(TaskView::deadline)
		.thenComparing(TaskView::planId, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(TaskView::itemId, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(TaskView::id);

	/**
	 * The same order as an SQL {@code order by} over {@code supervision.task t}, for lists paged in the database; binds
	 * {@code :today} and {@code :warn} as {@link ColourColumn} does.
	 */
	public static final String ORDER_SQL = "case when t.state = 'SIGNED_OFF' then 3 else case " + ColourColumn.SQL
			+ " when 'RED' then 0 when 'YELLOW' then 1 else 2 end end, t.deadline, t.plan_id, t.item_id, t.id";

	private TaskUrgency() {
	}

	static int rank(TaskView task) {
		if (task.state() == TaskState.SIGNED_OFF) {
			return 3;
		}
		return task.colour() == TaskColour.RED ? 0 : task.colour() == TaskColour.YELLOW ? 1 : 2;
	}
}
