package cn.shuangyong.shared;

import java.util.Set;

/**
 * Someone acting without a login: the platform itself loading demo data on behalf of an office. Audited under its
 * own name, never a real account's.
 */
public record SystemActor(String getUsername, long unitId, String regionCode, Set<String> authorities)
		implements CurrentUser {

	public SystemActor {
		authorities = Set.copyOf(authorities);
	}

	@Override
	public boolean hasAuthority(String authority) {
		return authorities.contains(authority);
	}
}
