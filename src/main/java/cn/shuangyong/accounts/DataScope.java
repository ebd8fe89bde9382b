package cn.shuangyong.accounts;

import java.io.Serializable;

/**
 * The region subtree a user may see records in: their unit's region and everything below it. Region codes are
 * prefixes of the codes below them, so a query binds {@link #likePattern()} into {@code region_code like ?}: a
 * typed parameter, never SQL spliced from strings.
 */
public record DataScope(String rootRegion) implements Serializable {

	public DataScope {
		if (rootRegion == null || !rootRegion.matches("\\d{2,12}")) {
			throw new IllegalArgumentException("数据范围的行政区划代码无效：" + rootRegion);
		}
	}

	public boolean covers(String regionCode) {
		return regionCode != null && regionCode.startsWith(rootRegion);
	}

	public String likePattern() {
		return rootRegion + "%";
	}
}
