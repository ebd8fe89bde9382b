package cn.shuangyong.accounts.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class AccountMenu {

	@Bean
	MenuEntry accountsMenuEntry() {
		return MenuEntry.of("accounts", MenuGroup.BASICS, 40, "/accounts", "nav.accounts",
				MenuAccess.withAny(Permission.ACCOUNTS_MANAGE, Permission.ROLES_ASSIGN));
	}
}
