package cn.shuangyong.dashboards;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.supervision.TaskFact;

/**
 * The overdue count at each week's end (Sunday) from a start date up to the business date, rebuilt from each task's
 * deadline and sign-off date: a task counts at a week's end when that day is past its deadline and it was not yet
 * signed off. A task reopened after sign-off has no sign-off date and counts from its deadline on; a deadline moved
 * counts at its present value.
 */
final class OverdueTrend {

	private OverdueTrend() {
	}

	static List<WeekPoint> of(List<TaskFact> facts, LocalDate from, LocalDate until) {
		List<WeekPoint> points = new ArrayList<>();
		for (LocalDate end = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !end.isAfter(until);
				end = end.plusWeeks(1)) {
			LocalDate day = end;
			points.add(new WeekPoint(day, (int) facts.stream().filter(f -> f.overdueAt(day)).count()));
		}
		return points;
	}
}
