package cn.shuangyong.placement.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class PlacementMenu {

	@Bean
	MenuEntry placementMenuEntry() {
		return MenuEntry.of("placement", MenuGroup.BENEFICIARIES, 50, "/placement", "placement.nav",
				MenuAccess.with(Permission.WORK_READ));
	}
}
