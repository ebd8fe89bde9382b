package cn.shuangyong.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person as every module sees them: who, in which unit, their data scope and what their role allows.
 * Every read of a record follows one rule ({@link #mayRead}): 404 outside the scope, then 403 without the right to
 * read; lists read {@link #require} the right and bind the {@link #scope()} into their SQL.
 */
public interface CurrentUser {

	String getUsername();

	long unitId();

	/** The user's unit's region and everything below it. */
	DataScope scope();

	boolean can(Permission permission);

	/** The root of the data scope: the user's unit's region. */
	default String regionCode() {
		return scope().root();
	}

	/** The level of the user's unit's region: a provincial, prefecture or county office, a township station… */
	default RegionLevel regionLevel() {
		return scope().level();
	}

	/** True when a record kept in this region lies inside the user's data scope. */
	default boolean covers(String recordRegion) {
		return scope().covers(recordRegion);
	}

	/** 403 unless the role allows it. */
	default void require(Permission permission) {
		if (!can(permission)) {
			throw new AccessDeniedException("您没有此操作的权限");
		}
	}

	/**
	 * The rule of every read of one record: a record outside the scope answers 404 ({@code missing} names what was not
	 * found), as if it did not exist; one inside it answers 403 without the permission.
	 */
	default void mayRead(String recordRegion, Permission permission, String missing) {
		if (!covers(recordRegion)) {
			throw new NotFoundException(missing);
		}
		require(permission);
	}
}
