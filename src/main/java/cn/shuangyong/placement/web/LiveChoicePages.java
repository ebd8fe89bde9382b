package cn.shuangyong.placement.web;

import cn.shuangyong.placement.ChoiceRequest;
import cn.shuangyong.placement.LiveChoice;
import cn.shuangyong.placement.RoundQueries;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
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
 * The live choice: the operator's screen (call, choose, pass over, give up) and the wall for the room's big screen,
 * which polls its live part every second with htmx. Both read the round from the database each time, so a restarted
 * server shows them exactly where the choice stood.
 */
@Controller
class LiveChoicePages {

	private final RoundQueries queries;

	private final LiveChoice choice;

	LiveChoicePages(RoundQueries queries, LiveChoice choice) {
		this.queries = queries;
		this.choice = choice;
	}

	@GetMapping("/placement/rounds/{id}/operator")
	String operator(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("round", queries.round(id, user));
		boolean operates = queries.operates(id, user);
		model.addAttribute("operates", operates);
		if (operates) {
			model.addAttribute("publicWall", "/placement/wall/" + queries.wallKey(id, user));
		}
		return "placement/operator";
	}

	@PostMapping("/placement/rounds/{id}/choices")
	String choose(@PathVariable long id, @RequestParam(required = false) Long soldierId,
			@RequestParam(required = false) Long postId, @RequestParam(required = false) String witness,
			@RequestParam(required = false) String proxy, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, operator(id), "placement.chosen",
				() -> choice.choose(id, ChoiceRequest.of(soldierId, postId, witness, proxy), user));
	}

	@PostMapping("/placement/rounds/{id}/passes")
	String pass(@PathVariable long id, @RequestParam(required = false) Long soldierId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, operator(id), "placement.passed",
				() -> choice.passOver(id, required(soldierId), user));
	}

	@PostMapping("/placement/rounds/{id}/give-ups")
	String giveUp(@PathVariable long id, @RequestParam(required = false) Long soldierId,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, operator(id), "placement.gaveUp",
				() -> choice.giveUp(id, required(soldierId), reason, user));
	}

	@GetMapping("/placement/rounds/{id}/wall")
	String wall(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("round", queries.round(id, user));
		model.addAttribute("live", "/placement/rounds/" + id + "/wall/live");
		return "placement/wall";
	}

	/** The wall's live part, which the wall fetches every second. */
	@GetMapping("/placement/rounds/{id}/wall/live")
	String wallLive(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("round", queries.round(id, user));
		model.addAttribute("live", "/placement/rounds/" + id + "/wall/live");
		return "placement/wall :: live";
	}

	/**
	 * The wall by its public link, which the office hands to the families, the press and anyone watching: open
	 * without signing in (the security configuration lets {@code /placement/wall/*} through), names masked.
	 */
	@GetMapping("/placement/wall/{key}")
	String publicWall(@PathVariable String key, Model model) {
		model.addAttribute("round", queries.publicWall(key));
		model.addAttribute("live", "/placement/wall/" + key + "/live");
		return "placement/wall";
	}

	@GetMapping("/placement/wall/{key}/live")
	String publicWallLive(@PathVariable String key, Model model) {
		model.addAttribute("round", queries.publicWall(key));
		model.addAttribute("live", "/placement/wall/" + key + "/live");
		return "placement/wall :: live";
	}

	private static String operator(long id) {
		return "/placement/rounds/" + id + "/operator";
	}

	private static long required(Long soldierId) {
		if (soldierId == null) {
			throw new InvalidInputException("请指明士兵");
		}
		return soldierId;
	}
}
