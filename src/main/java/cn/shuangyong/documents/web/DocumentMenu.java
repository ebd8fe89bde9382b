package cn.shuangyong.documents.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class DocumentMenu {

	@Bean
	MenuEntry receivedMenuEntry() {
		return MenuEntry.of("received", MenuGroup.SUPERVISION, 80, "/documents/received", "nav.received",
				MenuAccess.with(Permission.WORK_READ))
			.activeUnder("/documents");
	}
}
