package cn.shuangyong.supervision.board;

import cn.shuangyong.supervision.TaskStanding;

/**
 * {@link TaskStanding#of} as an SQL expression over {@code supervision.task t}, so lists can count, filter and page by
 * standing in the database. Binds {@code :today} (the business date) and {@code :warn} (the warning days). A task
 * signed off before the day of its submission was kept counts from its sign-off day, as the rule says.
 */
public final class StandingColumn {

	public static final String SQL = """
			(case when t.state = 'SIGNED_OFF'
			        then (case when coalesce(t.submitted_on, t.signed_off_on) > t.deadline then 'DONE_LATE'
			                   else 'DONE_ON_TIME' end)
			      when :today > t.deadline then 'OVERDUE'
			      when :today >= t.deadline - :warn
			           and (t.last_report_at is null
			                or cast(t.last_report_at at time zone 'Asia/Shanghai' as date) < t.deadline - :warn)
			        then 'DUE_SOON'
			      else 'IN_PROGRESS' end)""";

	private StandingColumn() {
	}
}
