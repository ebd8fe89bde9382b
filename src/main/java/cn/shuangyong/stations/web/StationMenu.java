package cn.shuangyong.stations.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entries in the side menu: the 五有 network and the supply stations. */
@Configuration(proxyBeanMethods = false)
class StationMenu {

	@Bean
	MenuEntry fiveHasMenuEntry() {
		return MenuEntry.of("five-has", MenuGroup.MECHANISMS, 42, "/stations", "nav.fiveHas",
				MenuAccess.with(Permission.WORK_READ));
	}

	@Bean
	MenuEntry supplyStationsMenuEntry() {
		return MenuEntry.of("supply-stations", MenuGroup.MECHANISMS, 43, "/stations/supply", "nav.supplyStations",
				MenuAccess.with(Permission.WORK_READ));
	}
}
