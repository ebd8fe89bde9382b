package cn.shuangyong.schooling.web;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.schooling.ApplicationState;
import cn.shuangyong.schooling.Basis;
import cn.shuangyong.schooling.NewApplication;
import cn.shuangyong.schooling.SchoolApplication;
import cn.shuangyong.schooling.SchoolPlaces;
import cn.shuangyong.schooling.SchoolingQueries;
import cn.shuangyong.schooling.Stage;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
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

/** The application list, filing an application, and one application with its decision and review. */
@Controller
class SchoolingPages {

	private final SchoolingQueries queries;

	private final SchoolPlaces places;

	private final Directory directory;

	SchoolingPages(SchoolingQueries queries, SchoolPlaces places, Directory directory) {
		this.queries = queries;
		this.places = places;
		this.directory = directory;
	}

	@GetMapping("/schooling")
	String applications(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			model.addAttribute("applications", queries.applications(region, status, Paging.of(page, null), user));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("applications", queries.applications(null, null, Paging.of(page, null), user));
		}
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("states", ApplicationState.values());
		model.addAttribute("canApply", user.can(Permission.WORK_EDIT) && !soldierUnits(user).isEmpty());
		return "schooling/applications";
	}

	@GetMapping("/schooling/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.WORK_EDIT);
		if (!model.containsAttribute("regionCode")) {
			model.addAttribute("regionCode", "");
		}
		model.addAttribute("soldierUnits", soldierUnits(user));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("bases", Basis.values());
		return "schooling/new";
	}

	@PostMapping("/schooling")
	String apply(@RequestParam(required = false) String childName, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String basis,
			@RequestParam(required = false) Long soldierUnitId, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String wishedSchool, @RequestParam(required = false) String documents,
			@RequestParam(required = false) Integer termYear, @RequestParam(required = false) String season,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			long id = places.apply(NewApplication.of(childName, idNumber, stage, basis, soldierUnitId, regionCode,
					wishedSchool, documents, termYear, season), user);
			return "redirect:/schooling/applications/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("regionCode", regionCode == null ? "" : regionCode);
			return form(user, model);
		}
	}

	@GetMapping("/schooling/applications/{id}")
	String application(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SchoolApplication a = queries.application(id, user);
		boolean edit = user.can(Permission.WORK_EDIT);
		model.addAttribute("a", a);
		model.addAttribute("canDecide", edit && a.state() == ApplicationState.SUBMITTED
				&& a.assignedUnit().id() == user.unitId());
		model.addAttribute("canAskReview", edit && a.state() == ApplicationState.REFUSED && a.reviewAskedOn() == null
				&& (a.filedBy().id() == user.unitId() || user.can(Permission.PLANS_PUBLISH)));
		model.addAttribute("canReview", edit && a.state() == ApplicationState.UNDER_REVIEW
				&& a.reviewUnit().id() == user.unitId());
		model.addAttribute("mayReveal", user.can(Permission.PERSONAL_DATA_REVEAL));
		model.addAttribute("mayCorrect", edit && a.state() == ApplicationState.SUBMITTED
				&& (a.filedBy().id() == user.unitId() || (user.can(Permission.PLANS_PUBLISH) && user.covers(a.regionCode()))));
		return "schooling/application";
	}

	@PostMapping("/schooling/applications/{id}/decision")
	String decide(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean admit,
			@RequestParam(required = false) String school, @RequestParam(required = false) String reasons,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/schooling/applications/" + id, "schooling.saved",
				() -> places.decide(id, version, admit, school, reasons, user));
	}

	@PostMapping("/schooling/applications/{id}/review-request")
	String askReview(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reasons,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/schooling/applications/" + id, "schooling.saved",
				() -> places.askReview(id, version, reasons, user));
	}

	@PostMapping("/schooling/applications/{id}/review")
	String review(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean admit,
			@RequestParam(required = false) String school, @RequestParam(required = false) String reasons,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/schooling/applications/" + id, "schooling.saved",
				() -> places.review(id, version, admit, school, reasons, user));
	}

	/** A military liaison applies for its own unit's children; an office for the military units of its region. */
	private List<Unit> soldierUnits(CurrentUser user) {
		Unit own = directory.unit(new UnitId(user.unitId())).orElseThrow();
		if (own.kind() == UnitKind.MILITARY) {
			return List.of(own);
		}
		if (own.kind() != UnitKind.OFFICE) {
			return List.of();
		}
		RegionCode region = RegionCode.of(user.regionCode());
		List<Unit> units = new ArrayList<>(directory.unitsIn(region));
		for (Region child : directory.children(region)) {
			units.addAll(directory.unitsIn(child.code()));
		}
		return units.stream().filter(u -> u.kind() == UnitKind.MILITARY).toList();
	}
}
