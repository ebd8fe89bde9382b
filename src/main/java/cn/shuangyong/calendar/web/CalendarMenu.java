package cn.shuangyong.calendar.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the side menu. */
@Configuration(proxyBeanMethods = false)
class CalendarMenu {

	@Bean
	MenuEntry calendarMenuEntry() {
		return MenuEntry.of("calendar", MenuGroup.BASICS, 30, "/calendar/holidays", "nav.calendar",
				MenuAccess.withAny(Permission.WORK_READ, Permission.CALENDAR_MANAGE))
			.activeUnder("/calendar");
	}
}
