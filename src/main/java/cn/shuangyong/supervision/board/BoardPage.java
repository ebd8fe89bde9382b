package cn.shuangyong.supervision.board;

import java.util.List;
import java.util.Map;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskView;

/**
 * One page of the board: the tasks, how many tasks of each colour match the other filters, and how many match them
 * all.
 */
public record BoardPage(List<TaskView> tasks, Map<TaskColour, Long> colourCounts, long matching, int page) {

	public long total() {
		return colourCounts.values().stream().mapToLong(Long::longValue).sum();
	}

	public long count(TaskColour colour) {
		return colourCounts.getOrDefault(colour, 0L);
	}

	/** At least one, so the summary reads 第 1 / 1 页 for an empty board; {@link #page()} counts from 0. */
	public int totalPages() {
		return (int) Math.max(1, (matching + BoardFilter.PAGE_SIZE - 1) / BoardFilter.PAGE_SIZE);
	}
}
