package cn.shuangyong.supervision.board;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskView;

/**
 * The tasks of one plan a user may see, with their colours at one business date, from which every view of that plan
 * on the board is worked out in memory: a plan holds tens to a few hundred tasks, and users pick its sections, units,
 * colours, levels, prefectures and pages in so many combinations that keeping each view apart served almost none of
 * them twice (issue 23). Filters and order are those of the board's SQL ({@link SupervisionBoard}, {@link ColourColumn}).
 */
record PlanView(List<TaskView> tasks) {

	/** The board's order: red, yellow, green, then by deadline, item and id (one plan: its id is the same for all). */
	private static final Comparator<TaskView> ORDER = Comparator
		.comparingInt((TaskView t) -> t.colour() == TaskColour.RED ? 0 : t.colour() == TaskColour.YELLOW ? 1 : 2)
		.thenComparing(TaskView::deadline)
		.thenComparing(TaskView::itemId, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(TaskView::id);

	PlanView {
		tasks = tasks.stream().sorted(ORDER).toList();
	}

	/**
	 * The page of the filter, with the colour counts of every other filter. {@code sectionItems} are the items of the
	 * filter's section (none if the plan has no such section), ignored without a section.
	 */
	BoardPage page(BoardFilter filter, Set<Long> sectionItems) {
		List<TaskView> matching = tasks.stream().filter(others(filter, sectionItems)).toList();
		Map<TaskColour, Long> counts = new EnumMap<>(TaskColour.class);
		matching.forEach(t -> counts.merge(t.colour(), 1L, Long::sum));
		List<TaskView> ofColour = filter.colour() == null ? matching
				: matching.stream().filter(t -> t.colour() == filter.colour()).toList();
		int size = BoardFilter.PAGE_SIZE;
		int page = Math.min(filter.page(), Math.max(0, (ofColour.size() + size - 1) / size - 1));
		return new BoardPage(ofColour.subList(Math.min(ofColour.size(), page * size),
				Math.min(ofColour.size(), (page + 1) * size)), Collections.unmodifiableMap(counts), ofColour.size(), page);
	}

	/** The ids of the units leading the plan's tasks worked in the prefecture (or anywhere, without one). */
	List<Long> leadUnitIds(String prefecture) {
		return tasks.stream().filter(t -> prefecture == null || t.regionCode().startsWith(prefecture))
			.flatMap(t -> t.leadUnits().stream()).map(TaskView.UnitRef::id).distinct().toList();
	}

	private static Predicate<TaskView> others(BoardFilter filter, Set<Long> sectionItems) {
		return t -> (filter.section() == null || t.itemId() != null && sectionItems.contains(t.itemId()))
				&& (filter.unitId() == null || t.ledBy(filter.unitId()) || t.cooperatedBy(filter.unitId()))
				&& (filter.level() == null || filter.level().holds(t.regionCode()))
				&& (filter.prefecture() == null || t.regionCode().startsWith(filter.prefecture()));
	}
}
