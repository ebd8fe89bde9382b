package cn.shuangyong.plans.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class PlanMenu {

	@Bean
	MenuEntry plansMenuEntry() {
		return MenuEntry.of("plans", MenuGroup.SUPERVISION, 40, "/plans", "nav.plans",
				MenuAccess.with(Permission.WORK_READ));
	}
}
