package cn.shuangyong.publicity;

/**
 * One region's quota of one kind of work on one plan item, and how many of its works were accepted. A quota the
 * plan sets for the whole area in total has the plan's own region.
 */
public record QuotaLine(long itemId, String itemNo, String regionCode, String regionName, WorkKind kind,
		String target, String measure, int quota, int accepted) {

	public boolean met() {
		return accepted >= quota;
	}

	/** How many are still missing, never below zero. */
	public int shortBy() {
		return Math.max(0, quota - accepted);
	}
}
