package cn.shuangyong.modelcity.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class ModelCityMenu {

	@Bean
	MenuEntry modelCityMenuEntry() {
		return MenuEntry.of("model-city", MenuGroup.MECHANISMS, 30, "/model-city", "modelcity.nav",
				MenuAccess.with(Permission.WORK_READ));
	}
}
