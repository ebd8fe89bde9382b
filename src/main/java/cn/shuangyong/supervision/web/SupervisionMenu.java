package cn.shuangyong.supervision.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 督查督办的菜单项：我的任务、督办看板、通报与台账、催办督办、未送达单位、材料报送。 */
@Configuration(proxyBeanMethods = false)
class SupervisionMenu {

	@Bean
	MenuEntry myTasksMenuEntry() {
		return MenuEntry.of("myTasks", MenuGroup.SUPERVISION, 10, "/supervision/my", "nav.myTasks",
				MenuAccess.with(Permission.WORK_READ))
			.activeUnder("/supervision/my", "/supervision/tasks");
	}

	@Bean
	MenuEntry boardMenuEntry() {
		return MenuEntry.of("board", MenuGroup.SUPERVISION, 20, "/supervision/board", "board.nav",
				MenuAccess.with(Permission.WORK_READ));
	}

	@Bean
	MenuEntry bulletinsMenuEntry() {
		return MenuEntry.of("bulletins", MenuGroup.SUPERVISION, 50, "/supervision/plans", "bulletins.menu",
				MenuAccess.with(Permission.WORK_READ));
	}

	@Bean
	MenuEntry urgingMenuEntry() {
		return MenuEntry.of("urging", MenuGroup.SUPERVISION, 60, "/urging/notices", "urging.nav.notices",
				MenuAccess.with(Permission.WORK_READ))
			.activeUnder("/urging");
	}

	/** The units the office's notices reached nobody in: for the offices, who see the deliveries. */
	@Bean
	MenuEntry unreachedMenuEntry() {
		return MenuEntry.of("unreached", MenuGroup.SUPERVISION, 65, "/urging/unreached", "urging.nav.unreached",
				MenuAccess.with(Permission.PLANS_PUBLISH, Permission.STAFF_CONTACTS_READ));
	}

	@Bean
	MenuEntry materialsMenuEntry() {
		return MenuEntry.of("materials", MenuGroup.SUPERVISION, 70, "/supervision/materials", "tasklife.nav.materials",
				MenuAccess.with(Permission.PLANS_PUBLISH));
	}
}
