package cn.shuangyong.employment.web;

import java.time.LocalDate;

import cn.shuangyong.employment.Education;
import cn.shuangyong.employment.EmploymentQueries;
import cn.shuangyong.employment.MatchStep;
import cn.shuangyong.employment.NewNeed;
import cn.shuangyong.employment.Outcome;
import cn.shuangyong.employment.SpouseCase;
import cn.shuangyong.employment.SpouseEmployment;
import cn.shuangyong.employment.WorkKind;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
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

/** The case list, registering a need, and one case with its proposals, matches and timeline. */
@Controller
class EmploymentPages {

	private final EmploymentQueries queries;

	private final SpouseEmployment employment;

	private final EmploymentChoices choices;

	private final BusinessClock clock;

	EmploymentPages(EmploymentQueries queries, SpouseEmployment employment, EmploymentChoices choices,
			BusinessClock clock) {
		this.queries = queries;
		this.employment = employment;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/employment")
	String cases(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			model.addAttribute("cases", queries.cases(region, status, Paging.of(page, null), user));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("cases", queries.cases(null, null, Paging.of(page, null), user));
		}
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("canRegister", user.can(Permission.WORK_EDIT) && !choices.soldierUnits(user).isEmpty());
		return "employment/cases";
	}

	@GetMapping("/employment/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.WORK_EDIT);
		if (!model.containsAttribute("regionCode")) {
			model.addAttribute("regionCode", "");
		}
		model.addAttribute("soldierUnits", choices.soldierUnits(user));
		model.addAttribute("educations", Education.values());
		model.addAttribute("workKinds", WorkKind.values());
		return "employment/new";
	}

	@PostMapping("/employment")
	String register(@RequestParam(required = false) String spouseName, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String phone, @RequestParam(required = false) Long soldierUnitId,
			@RequestParam(required = false) String education, @RequestParam(required = false) String skills,
			@RequestParam(required = false) String workKind, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivedOn,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			long id = employment.register(NewNeed.of(spouseName, idNumber, phone, soldierUnitId, education, skills,
					workKind, regionCode, arrivedOn, clock.today()), user);
			return "redirect:/employment/cases/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("regionCode", regionCode == null ? "" : regionCode);
			return form(user, model);
		}
	}

	@GetMapping("/employment/cases/{id}")
	String spouseCase(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SpouseCase found = queries.spouseCase(id, user);
		model.addAttribute("c", found);
		model.addAttribute("proposals", queries.proposals(id, user));
		model.addAttribute("canHandle", employment.mayHandle(id, user));
		model.addAttribute("mayReveal", user.can(Permission.PERSONAL_DATA_REVEAL));
		model.addAttribute("mayCorrect", !found.closed() && user.can(Permission.WORK_EDIT)
				&& (employment.mayHandle(id, user) || found.filedBy().id() == user.unitId()));
		model.addAttribute("live", found.matches().stream().anyMatch(m -> m.state().live()));
		model.addAttribute("steps", MatchStep.values());
		model.addAttribute("outcomes", java.util.Arrays.stream(Outcome.values()).filter(o -> o != Outcome.PLACED).toList());
		model.addAttribute("today", clock.today());
		return "employment/case";
	}

	@PostMapping("/employment/cases/{id}/matches")
	String confirm(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long postId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/employment/cases/" + id, "employment.saved", () -> {
			if (postId == null) {
				throw new InvalidInputException("请选择岗位");
			}
			employment.confirm(id, version, postId, user);
		});
	}

	@PostMapping("/employment/cases/{id}/steps")
	String step(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String step,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/employment/cases/" + id, "employment.saved",
				() -> employment.record(id, version, MatchStep.parse(step), on, note, user));
	}

	@PostMapping("/employment/cases/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/employment/cases/" + id, "employment.saved",
				() -> employment.close(id, version, Outcome.parse(outcome), on, note, user));
	}
}
