package cn.shuangyong.employment.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class EmploymentMenu {

	@Bean
	MenuEntry employmentMenuEntry() {
		return MenuEntry.of("employment", MenuGroup.BENEFICIARIES, 60, "/employment", "nav.employment",
				MenuAccess.with(Permission.WORK_READ));
	}
}
