package cn.shuangyong.beneficiaries.honours.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class HonoursMenu {

	@Bean
	MenuEntry honoursMenuEntry() {
		return MenuEntry.of("honours", MenuGroup.BENEFICIARIES, 30, "/beneficiaries/plaques", "honours.nav",
				MenuAccess.with(Permission.PERSONAL_DATA_READ))
			.activeUnder("/beneficiaries/plaques", "/beneficiaries/merit", "/beneficiaries/campaigns",
					"/beneficiaries/coverage");
	}
}
