package cn.shuangyong.portal.web;

import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.TaskView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after login, the workbench (工作台): what waits for the user's role, each item a link. The leader,
 * who reads and changes nothing, lands on the dashboard; the directory's counts are shown only to the system
 * administrator, who maintains the directory.
 */
@Controller
class HomePage {

	private final Directory directory;

	private final Workbench workbench;

	private final BusinessClock clock;

	HomePage(Directory directory, Workbench workbench, BusinessClock clock) {
		this.directory = directory;
		this.workbench = workbench;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.can(Permission.WORK_READ) && !user.can(Permission.WORK_EDIT)) {
			return "redirect:/dashboard";
		}
		RegionCode scope = RegionCode.of(user.regionCode());
		model.addAttribute("scopeName", directory.region(scope).map(Region::name).orElse(scope.value()));
		model.addAttribute("today", clock.today());
		List<TaskView> own = workbench.openTasks(user);
		model.addAttribute("waiting", workbench.waiting(user, own));
		model.addAttribute("openTasks", own);
		model.addAttribute("worker", user.can(Permission.WORK_EDIT));
		model.addAttribute("dueSoon", workbench.dueSoon(user));
		if (user.can(Permission.ACCOUNTS_MANAGE) && user.can(Permission.DIRECTORY_EDIT)) {
			model.addAttribute("stats", directory.stats(scope));
		}
		return "home";
	}
}
