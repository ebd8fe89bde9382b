package cn.shuangyong.portal.web;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: who and where the user is, and what their scope holds. */
@Controller
class HomePage {

	private final Directory directory;

	HomePage(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		RegionCode scope = RegionCode.of(user.regionCode());
		model.addAttribute("scopeName", directory.region(scope).map(Region::name).orElse(scope.value()));
		model.addAttribute("stats", directory.stats(scope));
		return "home";
	}
}
