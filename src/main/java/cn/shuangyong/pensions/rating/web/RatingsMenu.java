package cn.shuangyong.pensions.rating.web;

import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.MenuAccess;
import cn.shuangyong.shared.web.MenuEntry;
import cn.shuangyong.shared.web.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ratings' entry in the side menu, beside the pension rolls. */
@Configuration(proxyBeanMethods = false)
class RatingsMenu {

	@Bean
	MenuEntry pensionRatingsMenuEntry() {
		return MenuEntry.of("pension-ratings", MenuGroup.BENEFICIARIES, 42, "/pensions/ratings", "nav.pensionRatings",
				MenuAccess.with(Permission.PERSONAL_DATA_READ));
	}
}
