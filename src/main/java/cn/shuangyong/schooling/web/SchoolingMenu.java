package cn.shuangyong.schooling.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class SchoolingMenu {

	@Bean
	MenuEntry schoolingMenuEntry() {
		return MenuEntry.of("schooling", MenuGroup.BENEFICIARIES, 61, "/schooling", "nav.schooling",
				MenuAccess.with(Permission.WORK_READ));
	}
}
