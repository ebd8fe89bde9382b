package cn.shuangyong.beneficiaries.web;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: counts by category and region on the map of Yunnan's prefectures, a click on a prefecture drills down
 * to its counties (static/js/registry-dashboard.js, reading the stats API).
 */
@Controller
class DashboardPage {

	private final Directory directory;

	DashboardPage(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/beneficiaries/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.can(Permission.PERSONAL_DATA_READ)) {
			throw new org.springframework.security.access.AccessDeniedException("您没有查看优抚对象统计的权限");
		}
		model.addAttribute("scopeRegion", directory.region(new RegionCode(user.regionCode())).orElseThrow());
		return "beneficiaries/dashboard";
	}
}
