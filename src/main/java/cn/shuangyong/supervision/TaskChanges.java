package cn.shuangyong.supervision;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the tasks and their units, which moves once per committed transaction that changed them (kept in
 * the database, so every node sees the same), and the version of each plan's tasks, which moves only with a change to
 * that plan's, and the versions of where tasks reach (their regions and their units), which move only with a change
 * to a task that reaches there. Figures kept with the version they were read at are good while it stands; inside a
 * transaction that has itself changed tasks there is no version, since its changes are not committed.
 */
@Component
public class TaskChanges {

	private static final String CHANGED_HERE = "coalesce(current_setting('supervision.tasks_changed', true), '') = 'yes'";

	private final JdbcClient jdbc;

	TaskChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version of all tasks: for views that cover tasks of any plan. */
	public OptionalLong version() {
		return jdbc.sql("select version, " + CHANGED_HERE + " from supervision.change_version")
			.query((rs, n) -> rs.getBoolean(2) ? OptionalLong.empty() : OptionalLong.of(rs.getLong(1))).single();
	}

	/**
	 * The version of these plans' tasks: it moves when a task of any of them changes, and stands while only other
	 * plans' tasks change. Kept figures that cover these plans should also be keyed on the set itself, since a plan
	 * leaving the set does not move it.
	 */
	public OptionalLong versionOf(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return jdbc.sql("select " + CHANGED_HERE).query((rs, n) -> rs.getBoolean(1) ? OptionalLong.empty()
					: OptionalLong.of(0)).single();
		}
		return jdbc.sql("select coalesce(max(version), 0), " + CHANGED_HERE
				+ " from supervision.plan_change_version where plan_id in (:plans)")
			.param("plans", List.copyOf(planIds))
			.query((rs, n) -> rs.getBoolean(2) ? OptionalLong.empty() : OptionalLong.of(rs.getLong(1))).single();
	}

	/**
	 * The version of the tasks a view over every plan may show: those whose pair of regions (the task's,
	 * {@code t.region_code}, and its issuer's, {@code t.issuer_region}) meets {@code regions}, and those the unit works
	 * on. It moves when any such task or its units change, and stands while only tasks elsewhere do. {@code regions}
	 * must hold for every task the view shows that the unit does not work on; it reads the pairs as {@code t}.
	 */
	public OptionalLong versionOfReach(String regions, Map<String, ?> params, long unit) {
		return versionOf(regions, params, "(select version from supervision.unit_change_version where unit_id = :reachUnit)",
				unit);
	}

	/** The version of the tasks whose pair of regions meets {@code regions}, as {@link #versionOfReach} without a unit. */
	public OptionalLong versionOfRegions(String regions, Map<String, ?> params) {
		return versionOf(regions, params, "null", 0);
	}

	private OptionalLong versionOf(String regions, Map<String, ?> params, String ofUnit, long unit) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("reachUnit", unit);
		return jdbc.sql("select greatest((select max(t.version) from supervision.region_change_version t where " + regions
				+ "), " + ofUnit + ", 0), " + CHANGED_HERE)
			.params(all)
			.query((rs, n) -> rs.getBoolean(2) ? OptionalLong.empty() : OptionalLong.of(rs.getLong(1))).single();
	}

	/** The version of the tasks this unit works on: it moves with a change to any of them or to their units. */
	public OptionalLong versionOfUnit(long unit) {
		return versionOfReach("false", Map.of(), unit);
	}
}
