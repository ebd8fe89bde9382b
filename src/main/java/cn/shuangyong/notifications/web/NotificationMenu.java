package cn.shuangyong.notifications.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class NotificationMenu {

	@Bean
	MenuEntry messagesMenuEntry() {
		return MenuEntry.of("messages", MenuGroup.SUPERVISION, 90, "/notifications/messages", "notifications.nav.messages",
				MenuAccess.with(Permission.PLANS_PUBLISH));
	}
}
