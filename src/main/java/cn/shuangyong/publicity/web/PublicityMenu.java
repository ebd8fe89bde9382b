package cn.shuangyong.publicity.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class PublicityMenu {

	@Bean
	MenuEntry publicityMenuEntry() {
		return MenuEntry.of("publicity", MenuGroup.MECHANISMS, 40, "/publicity", "nav.publicity",
				MenuAccess.with(Permission.WORK_READ));
	}
}
