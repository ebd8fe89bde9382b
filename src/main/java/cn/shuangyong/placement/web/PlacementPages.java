package cn.shuangyong.placement.web;

import cn.shuangyong.placement.Placements;
import cn.shuangyong.placement.ResultsNotice;
import cn.shuangyong.placement.ScoresNotice;
import cn.shuangyong.placement.RoundKind;
import cn.shuangyong.placement.RoundQueries;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Paging;
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

/** The rounds of a year, one round's overview, and opening, ranking and starting a round. */
@Controller
class PlacementPages {

	private final RoundQueries queries;

	private final Placements placements;

	private final BusinessClock clock;

	private final ResultsNotice results;

	private final ScoresNotice scores;

	PlacementPages(RoundQueries queries, Placements placements, BusinessClock clock, ResultsNotice results,
			ScoresNotice scores) {
		this.results = results;
		this.scores = scores;
		this.queries = queries;
		this.placements = placements;
		this.clock = clock;
	}

	@GetMapping("/placement")
	String rounds(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		int shown = year == null ? clock.today().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("found", queries.rounds(null, shown, Paging.of(page, null), user));
		model.addAttribute("kinds", RoundKind.values());
		model.addAttribute("canOpen", user.can(Permission.PLANS_PUBLISH) && user.can(Permission.WORK_EDIT)
				&& (user.regionLevel() == RegionLevel.PREFECTURE || user.regionLevel() == RegionLevel.COUNTY));
		return "placement/rounds";
	}

	@PostMapping("/placement")
	String open(@RequestParam int year, @RequestParam(required = false) String kind,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long[] opened = new long[1];
		String back = RedirectOutcome.run(redirect, "/placement?year=" + year, null,
				() -> opened[0] = placements.open(year, kind(kind), null, user));
		return opened[0] == 0 ? back : "redirect:/placement/rounds/" + opened[0];
	}

	@GetMapping("/placement/rounds/{id}")
	String round(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("round", queries.round(id, user));
		model.addAttribute("operates", queries.operates(id, user));
		model.addAttribute("resultsNotice", results.of(id, user).orElse(null));
		model.addAttribute("scoresNotice", scores.of(id, user).orElse(null));
		return "placement/round";
	}

	@PostMapping("/placement/rounds/{id}/ranking")
	String rank(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/placement/rounds/" + id, "placement.ranked",
				() -> placements.rank(id, user));
	}

	@PostMapping("/placement/rounds/{id}/start")
	String start(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/placement/rounds/" + id + "/operator", "placement.started",
				() -> placements.start(id, user));
	}

	@PostMapping("/placement/rounds/{id}/results-notice")
	String openNotice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/placement/rounds/" + id, "placement.resultsNoticeOpened",
				() -> results.open(id, user));
	}

	@PostMapping("/placement/rounds/{id}/scores-notice")
	String openScoresNotice(@PathVariable long id, @RequestParam(required = false) String workingDays,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/placement/rounds/" + id, "placement.scoresNoticeOpened",
				() -> scores.open(id, days(workingDays), user));
	}

	private static Integer days(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("公示期（工作日）应为1至30的整数，「" + text + "」不符合");
		}
	}

	private static RoundKind kind(String kind) {
		try {
			return RoundKind.valueOf(kind == null ? "" : kind);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("请选择安置类别");
		}
	}
}
