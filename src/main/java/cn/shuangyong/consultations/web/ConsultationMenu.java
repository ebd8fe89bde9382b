package cn.shuangyong.consultations.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class ConsultationMenu {

	@Bean
	MenuEntry consultationsMenuEntry() {
		return MenuEntry.of("consultations", MenuGroup.MECHANISMS, 20, "/consultations", "nav.consultations",
				MenuAccess.with(Permission.WORK_READ));
	}
}
