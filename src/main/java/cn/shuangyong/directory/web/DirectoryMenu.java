package cn.shuangyong.directory.web;

import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entries in the side menu. */
@Configuration(proxyBeanMethods = false)
class DirectoryMenu {

	@Bean
	MenuEntry regionsMenuEntry() {
		return MenuEntry.of("regions", MenuGroup.BASICS, 10, "/directory/regions/53", "nav.regions",
				MenuAccess.everyone())
			.activeUnder("/directory/regions");
	}

	@Bean
	MenuEntry unitsMenuEntry() {
		return MenuEntry.of("units", MenuGroup.BASICS, 20, "/directory/units", "nav.units",
				MenuAccess.everyone());
	}
}
