package cn.shuangyong.audit.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

	@Bean
	MenuEntry auditMenuEntry() {
		return MenuEntry.of("audit", MenuGroup.BASICS, 50, "/audit", "nav.audit",
				MenuAccess.with(Permission.AUDIT_READ));
	}
}
