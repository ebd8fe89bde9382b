package cn.shuangyong.supervision.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.supervision.Bulletins;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's bulletins: those issued, the figures for a date, the draft, and issuing one. */
@Controller
class BulletinPages {

	private final Bulletins bulletins;

	private final WorkPlans plans;

	private final BusinessClock clock;

	BulletinPages(Bulletins bulletins, WorkPlans plans, BusinessClock clock) {
		this.bulletins = bulletins;
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping("/supervision/plans/{id}/bulletins")
	String page(@PathVariable long id, @RequestParam(required = false) String date,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		PlanSummary plan = plans.find(id, user);
		model.addAttribute("plan", plan);
		model.addAttribute("bulletins", bulletins.ofPlan(id, user));
		model.addAttribute("mayIssue", user.can(Permission.WORK_EDIT) && user.unitId() == plan.issuerUnitId());
		List<String> problems = new java.util.ArrayList<>();
		LocalDate day = clock.today();
		try {
			day = date == null || date.isBlank() ? clock.today() : BulletinDates.parse(date);
			model.addAttribute("figures", bulletins.figures(id, day, user));
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		model.addAttribute("date", day);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", problems);
		}
		return "supervision/bulletins";
	}

	@PostMapping("/supervision/plans/{id}/bulletins")
	String issue(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String back = "/supervision/plans/" + id + "/bulletins?date="
				+ java.net.URLEncoder.encode(date, java.nio.charset.StandardCharsets.UTF_8);
		return RedirectOutcome.run(redirect, back, null, () -> {
			Bulletins.IssuedBulletin issued = bulletins.issue(id, BulletinDates.parse(date), user);
			redirect.addFlashAttribute("issuedNumber", issued.docNumber());
			redirect.addFlashAttribute("issuedId", Long.toString(issued.id()));
		});
	}
}
