package cn.shuangyong.supervision;

import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the tasks and their units, which moves once per committed transaction that changed them (kept in
 * the database, so every node sees the same). Figures kept with the version they were read at are good while it
 * stands; inside a transaction that has itself changed tasks there is no version, since its changes are not committed.
 */
@Component
public class TaskChanges {

	private final JdbcClient jdbc;

	TaskChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public OptionalLong version() {
		return jdbc.sql("""
				select version, coalesce(current_setting('supervision.tasks_changed', true), '') = 'yes'
				from supervision.change_version""")
			.query((rs, n) -> rs.getBoolean(2) ? OptionalLong.empty() : OptionalLong.of(rs.getLong(1))).single();
	}
}
