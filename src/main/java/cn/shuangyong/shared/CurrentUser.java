package cn.shuangyong.shared;

/**
 * The signed-in person as every module sees them: who, in which unit, and the root of their data scope. Modules
 * check permissions by authority name, so they need not know the accounts module.
 */
public interface CurrentUser {

	String getUsername();

	long unitId();

	/** The root of the data scope: the user's unit's region and everything below it. */
	String regionCode();

	boolean hasAuthority(String authority);

	/** True when a record kept in this region lies inside the user's data scope. */
	default boolean covers(String recordRegion) {
		return recordRegion != null && recordRegion.startsWith(regionCode());
	}
}
