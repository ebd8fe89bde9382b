package cn.shuangyong.shared;

import java.util.Set;

/**
 * Someone acting without a login: the platform itself loading demo data on behalf of an office. Audited under its
 * own name, never a real account's.
 */
public record SystemActor(String getUsername, long unitId, DataScope scope, Set<Permission> permissions)
		implements CurrentUser {

	public SystemActor {
		permissions = Set.copyOf(permissions);
	}

	public SystemActor(String username, long unitId, String regionCode, Set<Permission> permissions) {
		this(username, unitId, new DataScope(regionCode), permissions);
	}

	@Override
	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}
}
