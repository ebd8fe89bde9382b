package cn.shuangyong.beneficiaries.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entries in the side menu. */
@Configuration(proxyBeanMethods = false)
class RegistryMenu {

	@Bean
	MenuEntry beneficiariesMenuEntry() {
		return MenuEntry.of("beneficiaries", MenuGroup.BENEFICIARIES, 10, "/beneficiaries", "nav.beneficiaries",
				MenuAccess.with(Permission.PERSONAL_DATA_READ));
	}

	@Bean
	MenuEntry importsMenuEntry() {
		return MenuEntry.of("imports", MenuGroup.BENEFICIARIES, 20, "/beneficiaries/imports", "nav.imports",
				MenuAccess.with(Permission.PERSONAL_DATA_READ, Permission.WORK_EDIT));
	}
}
