package cn.shuangyong.shared.web;

import java.util.List;
import java.util.Set;

/**
 * One entry of the side menu, declared by the module whose page it opens (a bean in the module's {@code web}
 * package); the layout draws the entries a user's permissions allow, by group and order.
 *
 * @param name short and unique; the link's id is {@code nav-<name>}
 * @param group the heading it sits under
 * @param order its place in the group, lower first
 * @param path where it leads
 * @param labelKey its text, from the module's own bundle
 * @param access which permissions show it
 * @param activeUnder the paths whose pages belong to it; the entry whose path is the longest match is the active one
 */
public record MenuEntry(String name, MenuGroup group, int order, String path, String labelKey, MenuAccess access,
		List<String> activeUnder) {

	public MenuEntry {
		activeUnder = List.copyOf(activeUnder);
	}

	public static MenuEntry of(String name, MenuGroup group, int order, String path, String labelKey,
			MenuAccess access) {
		return new MenuEntry(name, group, order, path, labelKey, access, List.of(path));
	}

	/** The same entry, also active on pages under these paths (a task's page belongs to 我的任务). */
	public MenuEntry activeUnder(String... paths) {
		return new MenuEntry(name, group, order, path, labelKey, access, List.of(paths));
	}

	public boolean shownTo(Set<String> authorities) {
		return access.allows(authorities);
	}

	/** How closely a page belongs to this entry: the length of the longest of its paths that the page lies under. */
	public int match(String requestPath) {
		int best = -1;
		for (String prefix : activeUnder) {
			boolean under = requestPath.equals(prefix) || (!prefix.equals("/") && requestPath.startsWith(prefix + "/"));
			if (under && prefix.length() > best) {
				best = prefix.length();
			}
		}
		return best;
	}
}
