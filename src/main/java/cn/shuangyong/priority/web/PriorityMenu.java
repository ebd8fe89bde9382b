package cn.shuangyong.priority.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class PriorityMenu {

	@Bean
	MenuEntry priorityMenuEntry() {
		return MenuEntry.of("priority", MenuGroup.MECHANISMS, 40, "/priority", "nav.priority",
				MenuAccess.with(Permission.WORK_READ));
	}
}
