package cn.shuangyong.supervision.board;

import cn.shuangyong.supervision.TaskColour;

/**
 * {@link TaskColour#of} as an SQL expression over {@code supervision.task t}, so lists can count, filter and page by
 * colour in the database. Binds {@code :today} (the business date) and {@code :warn} (the warning days). The board
 * tests check it gives every task the colour the Java rule gives.
 */
public final class ColourColumn {

	public static final String SQL = """
			(case when t.state = 'SIGNED_OFF' then 'GREEN'
			      when :today > t.deadline then 'RED'
			      when :today >= t.deadline - :warn
			           and (t.last_report_at is null
			                or cast(t.last_report_at at time zone 'Asia/Shanghai' as date) < t.deadline - :warn)
			        then 'YELLOW'
			      else 'GREEN' end)""";

	private ColourColumn() {
	}
}
