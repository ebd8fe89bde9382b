package cn.shuangyong.shared.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shuangyong.shared.Permission;

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
	public static MenuAccess with(Permission... permissions) {
		return new MenuAccess(names(permissions), Set.of());
	}

	/** Shown to users who hold at least one of these permissions. */
	public static MenuAccess withAny(Permission... permissions) {
		return new MenuAccess(Set.of(), names(permissions));
	}

	/** The authorities' names, as the signed-in user holds them. */
	private static Set<String> names(Permission... permissions) {
		return Arrays.stream(permissions).map(Permission::name).collect(Collectors.toUnmodifiableSet());
	}

	boolean allows(Set<String> authorities) {
		return authorities.containsAll(allOf) && (anyOf.isEmpty() || anyOf.stream().anyMatch(authorities::contains));
	}
}
