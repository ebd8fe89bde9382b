package cn.shuangyong.supervision.board;

import cn.shuangyong.supervision.TaskColour;

/**
 * {@link TaskColour} as an SQL expression over {@code supervision.task t}, read off {@link StandingColumn} as the Java
 * colour is read off the standing. Binds {@code :today} (the business date) and {@code :warn} (the warning days). The
 * board tests check it gives every task the colour the Java rule gives.
 */
public final class ColourColumn {

	public static final String SQL = "(case " + StandingColumn.SQL
			+ " when 'OVERDUE' then 'RED' when 'DUE_SOON' then 'YELLOW' else 'GREEN' end)";

	private ColourColumn() {
	}
}
