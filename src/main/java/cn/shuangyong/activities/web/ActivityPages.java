package cn.shuangyong.activities.web;

import java.util.List;

import cn.shuangyong.activities.Activities;
import cn.shuangyong.activities.ActivityKinds;
import cn.shuangyong.activities.ActivityQueries;
import cn.shuangyong.activities.NewActivity;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The activities a user may see with their figures by kind and month, recording one, and one activity. */
@Controller
class ActivityPages {

	private final ActivityQueries queries;

	private final Activities activities;

	private final ActivityKinds kinds;

	private final Directory directory;

	ActivityPages(ActivityQueries queries, Activities activities, ActivityKinds kinds, Directory directory) {
		this.queries = queries;
		this.activities = activities;
		this.kinds = kinds;
		this.directory = directory;
	}

	@GetMapping("/activities")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String wanted = kind == null || kind.isBlank() ? null : kind;
		model.addAttribute("found", queries.page(wanted, null, Paging.of(page, null), user));
		model.addAttribute("figures", queries.figures(null, user));
		model.addAttribute("kinds", kinds.all());
		model.addAttribute("kind", wanted == null ? "" : wanted);
		model.addAttribute("canRecord", user.can(Permission.WORK_EDIT));
		model.addAttribute("units", directory.unitsIn(RegionCode.of(user.regionCode())));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "activities/activities";
	}

	@PostMapping("/activities")
	String record(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
			@RequestParam(required = false) List<Long> participatingUnits,
			@RequestParam(required = false) String troops, @RequestParam(required = false) String participants,
			@RequestParam(required = false) String gifts, @RequestParam(required = false) String giftValue,
			@RequestParam(required = false) String links, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/activities", "activities.recorded", () -> activities.record(NewActivity
			.of(kind, title, heldOn, place, participatingUnits, troops, participants, gifts, giftValue, links, null), user));
	}

	@GetMapping("/activities/{id}")
	String activity(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("activity", queries.activity(id, user));
		return "activities/activity";
	}
}
