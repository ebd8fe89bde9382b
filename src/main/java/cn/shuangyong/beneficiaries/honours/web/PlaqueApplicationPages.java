package cn.shuangyong.beneficiaries.honours.web;

import cn.shuangyong.beneficiaries.plaques.PlaqueApplications.SubmitApplication;
import cn.shuangyong.beneficiaries.plaques.PlaqueApplications;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applications of families without a certificate: submit, and the county office's review. */
@Controller
class PlaqueApplicationPages {

	private static final String PAGE = "/beneficiaries/plaques/applications";

	private final PlaqueApplications applications;

	private final HonoursNames names;

	PlaqueApplicationPages(PlaqueApplications applications, HonoursNames names) {
		this.applications = applications;
		this.names = names;
	}

	@GetMapping(PAGE)
	String list(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var found = applications.inScope(user, Paging.of(page, null));
		var list = found.content();
		model.addAttribute("found", found);
		model.addAttribute("applications", list);
		model.addAttribute("places", names.places(list.stream().map(PlaqueApplications.ApplicationView::regionCode).toList()));
		model.addAttribute("relations", PlaqueApplications.RELATIONS);
		model.addAttribute("countyOffice", user.can(Permission.PLANS_PUBLISH) && user.regionLevel() == RegionLevel.COUNTY);
		return "honours/applications";
	}

	@PostMapping(PAGE)
	String submit(SubmitApplication form, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE, "honours.saved", () -> applications.submit(form, user));
	}

	@PostMapping(PAGE + "/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE, "honours.saved", () -> applications.approve(id, reason, user));
	}

	@PostMapping(PAGE + "/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE, "honours.saved", () -> applications.refuse(id, reason, user));
	}
}
