package cn.shuangyong.portal.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * A value PostgreSQL refused because of what it is, not because of a fault of the platform: a NUL or an
 * unconvertible character (SQLSTATE 22021, 22P05), or a text longer than its column (22001). Parameters are checked
 * before any handler runs; this catches what came in another way, such as a JSON body with {@code "\u0000"}, so that
 * it too is a 400 and not a 500. The statement failed, so nothing was changed.
 */
final class RefusedValue {

	static final String MESSAGE = "提交的内容含有不允许的字符（如 NUL）或超过了长度上限，未做任何更改";

	private static final Set<String> STATES = Set.of("22021", "22P05", "22001");

	private RefusedValue() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
