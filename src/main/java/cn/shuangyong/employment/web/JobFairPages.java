package cn.shuangyong.employment.web;

import java.time.LocalDate;

import cn.shuangyong.employment.Education;
import cn.shuangyong.employment.EmploymentQueries;
import cn.shuangyong.employment.JobFairs;
import cn.shuangyong.employment.NewFair;
import cn.shuangyong.employment.NewPost;
import cn.shuangyong.employment.PostKind;
import cn.shuangyong.employment.WorkKind;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The posts offered to military spouses and the job fairs, each list with its form for local units. */
@Controller
class JobFairPages {

	private final EmploymentQueries queries;

	private final JobFairs jobFairs;

	private final EmploymentChoices choices;

	JobFairPages(EmploymentQueries queries, JobFairs jobFairs, EmploymentChoices choices) {
		this.queries = queries;
		this.jobFairs = jobFairs;
		this.choices = choices;
	}

	@GetMapping("/employment/posts")
	String posts(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("posts", queries.posts(Paging.of(page, null), user));
		boolean local = user.can(Permission.WORK_EDIT) && !choices.military(user);
		model.addAttribute("canOffer", local);
		if (local) {
			model.addAttribute("kinds", PostKind.values());
			model.addAttribute("employers", choices.employers(user));
			model.addAttribute("educations", Education.values());
			model.addAttribute("workKinds", WorkKind.values());
			model.addAttribute("fairs", queries.fairs(Paging.first(), user).content());
		}
		return "employment/posts";
	}

	@PostMapping("/employment/posts")
	String offer(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long employerUnitId, @RequestParam(required = false) String employerName,
			@RequestParam(required = false) String minEducation, @RequestParam(required = false) String workKind,
			@RequestParam(required = false) Integer openings, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) Long fairId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/employment/posts", "employment.saved", () -> jobFairs.offer(
				NewPost.of(kind, title, employerUnitId, employerName, minEducation, workKind, openings, regionCode, fairId),
				user));
	}

	@GetMapping("/employment/fairs")
	String fairs(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("fairs", queries.fairs(Paging.of(page, null), user));
		model.addAttribute("canHold", user.can(Permission.WORK_EDIT) && !choices.military(user));
		return "employment/fairs";
	}

	@GetMapping("/employment/fairs/{id}")
	String fair(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("fair", queries.fair(id, user));
		return "employment/fair";
	}

	@PostMapping("/employment/fairs")
	String hold(@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) Boolean bayi, @RequestParam(required = false) String place,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Integer attendance,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/employment/fairs", "employment.saved",
				() -> jobFairs.hold(NewFair.of(title, heldOn, bayi, place, regionCode, attendance), user));
	}
}
