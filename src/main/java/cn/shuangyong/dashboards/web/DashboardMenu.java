package cn.shuangyong.dashboards.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class DashboardMenu {

	@Bean
	MenuEntry dashboardMenuEntry() {
		return MenuEntry.of("dashboard", MenuGroup.SUPERVISION, 30, "/dashboard", "dashboards.nav",
				MenuAccess.with(Permission.WORK_READ));
	}
}
