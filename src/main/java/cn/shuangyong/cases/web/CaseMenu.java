package cn.shuangyong.cases.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class CaseMenu {

	@Bean
	MenuEntry casesMenuEntry() {
		return MenuEntry.of("cases", MenuGroup.BENEFICIARIES, 60, "/cases", "nav.cases",
				MenuAccess.with(Permission.WORK_READ));
	}
}
