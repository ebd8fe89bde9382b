package cn.shuangyong.shared.web;

import java.util.Set;

/**
 * Which permissions show a menu entry: all of {@code allOf} and, when {@code anyOf} is not empty, one of those. The
 * menu only hides links; the pages check the permissions themselves.
 */
public record MenuAccess(Set<String> allOf, Set<String> anyOf) {

	public MenuAccess {
		allOf = Set.copyOf(allOf);
		anyOf = Set.copyOf(anyOf);
	}

	/** Shown to every signed-in user. */
	public static MenuAccess everyone() {
		return new MenuAccess(Set.of(), Set.of());
	}

	/** Shown to users who hold every one of these permissions. */
	public static MenuAccess with(String... permissions) {
		return new MenuAccess(Set.of(permissions), Set.of());
	}

	/** Shown to users who hold at least one of these permissions. */
	public static MenuAccess withAny(String... permissions) {
		return new MenuAccess(Set.of(), Set.of(permissions));
	}

	boolean allows(Set<String> authorities) {
		return authorities.containsAll(allOf) && (anyOf.isEmpty() || anyOf.stream().anyMatch(authorities::contains));
	}
}
