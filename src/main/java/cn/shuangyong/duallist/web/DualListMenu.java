package cn.shuangyong.duallist.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class DualListMenu {

	@Bean
	MenuEntry dualListsMenuEntry() {
		return MenuEntry.of("dual-lists", MenuGroup.MECHANISMS, 10, "/dual-lists", "nav.dualLists",
				MenuAccess.with(Permission.WORK_READ));
	}
}
