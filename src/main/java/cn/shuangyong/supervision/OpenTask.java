package cn.shuangyong.supervision;

import java.time.LocalDate;
import java.util.List;
import cn.shuangyong.supervision.tasklife.PlanItemSource;

/**
 * A module asks supervision to follow a line of work: which of its records it comes from (its declared
 * {@link TaskSource} and the record's id), who leads (the first-named submits for sign-off), who helps, by when, and
 * which office signs it off. Plan items open their tasks themselves; every other source uses this.
 */
public record OpenTask(TaskSource source, long sourceId, String title, List<Long> leadUnitIds,
		List<Long> cooperatingUnitIds, LocalDate deadline, long issuerUnitId) {

	public OpenTask {
		if (source == null || PlanItemSource.CODE.equals(source.code())) {
			throw new IllegalArgumentException("plan items open their tasks from the published plan");
		}
		if (title == null || title.isBlank() || title.strip().length() > 300) {
			throw new IllegalArgumentException("a task needs a title of at most 300 characters");
		}
		if (leadUnitIds == null || leadUnitIds.isEmpty() || deadline == null) {
			throw new IllegalArgumentException("a task needs a lead unit and a deadline");
		}
		title = title.strip();
		List<Long> leads = leadUnitIds.stream().distinct().toList();
		leadUnitIds = leads;
		cooperatingUnitIds = cooperatingUnitIds == null ? List.of()
				: cooperatingUnitIds.stream().filter(id -> !leads.contains(id)).distinct().toList();
	}
}
