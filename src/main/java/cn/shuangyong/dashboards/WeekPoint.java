package cn.shuangyong.dashboards;

import java.time.LocalDate;

/** How many tasks were overdue at the end of a week. */
public record WeekPoint(LocalDate weekEnd, int overdue) {
}
