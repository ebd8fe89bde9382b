package cn.shuangyong.pensions.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class PensionsMenu {

	@Bean
	MenuEntry pensionStandardsMenuEntry() {
		return MenuEntry.of("pension-standards", MenuGroup.BENEFICIARIES, 40, "/pensions/standards",
				"nav.pensionStandards", MenuAccess.with(Permission.WORK_READ));
	}

	@Bean
	MenuEntry pensionRollsMenuEntry() {
		return MenuEntry.of("pension-rolls", MenuGroup.BENEFICIARIES, 41, "/pensions/rolls", "nav.pensionRolls",
				MenuAccess.with(Permission.PERSONAL_DATA_READ));
	}
}
