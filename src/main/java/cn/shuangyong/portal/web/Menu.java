package cn.shuangyong.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.stereotype.Component;

/**
 * The side menu made of the entries the modules declare: for a user, the entries their permissions show, under their
 * group headings, with the one entry the current page belongs to marked.
 */
@Component
class Menu {

	private final List<MenuEntry> entries;

	Menu(List<MenuEntry> entries) {
		this.entries = entries.stream()
			.sorted(Comparator.comparing(MenuEntry::group).thenComparingInt(MenuEntry::order)).toList();
	}

	List<Group> drawn(Set<String> authorities, String requestPath) {
		List<MenuEntry> shown = entries.stream().filter(e -> e.shownTo(authorities)).toList();
		MenuEntry active = requestPath == null ? null
				: shown.stream().filter(e -> e.match(requestPath) >= 0)
					.max(Comparator.comparingInt(e -> e.match(requestPath))).orElse(null);
		List<Group> groups = new ArrayList<>();
		for (MenuGroup group : MenuGroup.values()) {
			List<Item> items = shown.stream().filter(e -> e.group() == group)
				.map(e -> new Item("nav-" + e.name(), e.path(), e.labelKey(), e == active)).toList();
			if (!items.isEmpty()) {
				groups.add(new Group(group.labelKey(), items));
			}
		}
		return groups;
	}

	/** A heading (null for none) and its entries. */
	record Group(String labelKey, List<Item> items) {
	}

	record Item(String id, String path, String labelKey, boolean active) {
	}
}
