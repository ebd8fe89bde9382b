package cn.shuangyong.dashboards;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a plan's supervision dashboard, as at the business date: completion by section and by lead unit
 * (the plan's own tasks), the weekly overdue trend and completion by prefecture (the plan with the plans forwarding
 * it). Only the tasks the user may see are counted. {@code late} counts the signed-off tasks finished after their
 * deadline (逾期办结), by the rule every page uses ({@code TaskStanding}).
 */
public record SupervisionFigures(long planId, String planTitle, String docNumber, LocalDate asOf, int tasks,
		int signedOff, int late, int overdue, List<Completion> sections, List<Completion> leadUnits, List<WeekPoint> overdueTrend,
		List<Completion> prefectures) {
}
