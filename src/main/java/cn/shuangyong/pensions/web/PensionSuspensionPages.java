package cn.shuangyong.pensions.web;

import java.util.List;

import cn.shuangyong.pensions.accounts.SuspensionCommands;
import cn.shuangyong.pensions.accounts.Suspensions;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 暂停/恢复发放: the county office's list of its suspensions, the form that suspends an account from a month on a
 * decision, and on each open suspension the form that resumes it (voiding it when the decision was quashed).
 */
@Controller
class PensionSuspensionPages {

	private static final String PAGE = "/pensions/suspensions";

	private final Suspensions suspensions;

	private final BusinessClock clock;

	PensionSuspensionPages(Suspensions suspensions, BusinessClock clock) {
		this.suspensions = suspensions;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("overview", suspensions.overview(user.regionCode(), user));
		model.addAttribute("today", clock.today());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "pensions/suspensions";
	}

	@PostMapping(PAGE)
	String suspend(@RequestParam(required = false) Long account, @RequestParam(required = false) String from,
			@RequestParam(required = false) String decidedOn, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE, "pensions.suspension.suspended", () -> suspensions
			.suspend(SuspensionCommands.Suspend.of(account, from, decidedOn, reason, clock.today()), user));
	}

	@PostMapping(PAGE + "/{id}/resumption")
	String resume(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean voided,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE, "pensions.suspension.resumed",
				() -> suspensions.resume(SuspensionCommands.Resume.of(id, from, reason, voided, version), user));
	}
}
