package cn.shuangyong.portal.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 首页与接口文档：门户自己的两项。 */
@Configuration(proxyBeanMethods = false)
class PortalMenu {

	@Bean
	MenuEntry homeMenuEntry() {
		return MenuEntry.of("home", MenuGroup.START, 0, "/", "nav.home",
				MenuAccess.everyone());
	}

	/**
	 * Only the system administrator, who connects other systems, is offered the API's documentation in the menu; the
	 * page itself stays open to signed-in developers at its address.
	 */
	@Bean
	MenuEntry apiMenuEntry() {
		return MenuEntry.of("api", MenuGroup.BASICS, 90, "/swagger-ui.html", "nav.api",
				MenuAccess.with(Permission.ACCOUNTS_MANAGE));
	}
}
