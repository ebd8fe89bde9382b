package cn.shuangyong.shared;

import java.io.Serializable;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The region subtree a user may see records in: their unit's region and everything below it. Region codes are
 * prefixes of the codes below them, so every scoped read writes {@code region_code like :scope} in its SQL and lets
 * the scope bind the parameter ({@link #bind(StatementSpec)}): a typed parameter, never a pattern built by hand.
 * Records that concern the scope from above, such as a plan issued by a higher office, are matched with
 * {@code :scopeRoot like region_code || '%'}, which the same call binds.
 */
public record DataScope(String root) implements Serializable {

	/** The name of the parameter a scoped query binds: {@code region_code like :scope}. */
	public static final String PARAMETER = "scope";

	/** The name of the parameter that holds the root itself, for records above the scope. */
	public static final String ROOT_PARAMETER = "scopeRoot";

	public DataScope {
		if (root == null || !root.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			throw new IllegalArgumentException("数据范围的行政区划代码无效：" + root);
		}
	}

	/** True when a record kept in this region lies inside the scope. */
	public boolean covers(String regionCode) {
		return regionCode != null && regionCode.startsWith(root);
	}

	/** The level of the scope's root: a provincial, prefecture or county office and so on. */
	public RegionLevel level() {
		return RegionLevel.ofCode(root);
	}

	/** Binds {@code :scope} of a query that reads {@code region_code like :scope}. */
	public StatementSpec bind(StatementSpec query) {
		return query.param(PARAMETER, pattern()).param(ROOT_PARAMETER, root);
	}

	/** Binds {@code :scope} into the parameters of a query assembled from parts. */
	public Map<String, Object> bind(Map<String, Object> parameters) {
		parameters.put(PARAMETER, pattern());
		parameters.put(ROOT_PARAMETER, root);
		return parameters;
	}

	/** The bound value; region codes are digits only, so nothing in it needs escaping. */
	public String pattern() {
		return root + "%";
	}
}
