package cn.shuangyong.activities.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class ActivityMenu {

	@Bean
	MenuEntry activitiesMenuEntry() {
		return MenuEntry.of("activities", MenuGroup.MECHANISMS, 41, "/activities", "nav.activities",
				MenuAccess.with(Permission.WORK_READ));
	}
}
