package cn.shuangyong.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.cases.CaseDocuments;
import cn.shuangyong.cases.CaseQueries;
import cn.shuangyong.cases.CaseState;
import cn.shuangyong.cases.CaseView;
import cn.shuangyong.cases.Grievances;
import cn.shuangyong.cases.Satisfaction;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.CurrentUser;
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

/** One case with its timeline, and the moves its managing unit, handling unit or a higher office make on it. */
@Controller
class CaseWorkPages {

	private final CaseQueries queries;

	private final Grievances grievances;

	private final Directory directory;

	private final CaseDocuments documents;

	CaseWorkPages(CaseQueries queries, Grievances grievances, Directory directory, CaseDocuments documents) {
		this.documents = documents;
		this.queries = queries;
		this.grievances = grievances;
		this.directory = directory;
	}

	@GetMapping("/cases/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CaseView view = queries.detail(id, user);
		var c = view.grievance();
		boolean edit = user.can(Permission.WORK_EDIT);
		boolean manager = edit && user.unitId() == c.officeUnitId();
		model.addAttribute("view", view);
		model.addAttribute("c", c);
		model.addAttribute("manager", manager);
		model.addAttribute("handler", edit && Long.valueOf(user.unitId()).equals(c.handlingUnitId()));
		model.addAttribute("reviewer", c.state() == CaseState.REOPENED && Grievances.reviewer(c, user));
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("readsPeople", user.can(Permission.PERSONAL_DATA_READ));
		model.addAttribute("documents", documents.of(id, user));
		model.addAttribute("attaches", edit && (user.unitId() == c.officeUnitId()
				|| Long.valueOf(user.unitId()).equals(c.handlingUnitId())));
		model.addAttribute("units", manager && c.state() == CaseState.RECEIVED ? handlingUnits(c.regionCode(), user) : List.of());
		return "cases/case";
	}

	@PostMapping("/cases/{id}/accept")
	String accept(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long handlingUnitId,
			@RequestParam(required = false) List<Long> cooperatingUnitIds, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved", () -> {
			if (handlingUnitId == null) {
				throw new cn.shuangyong.shared.InvalidInputException("承办单位：请选择");
			}
			grievances.accept(id, version, handlingUnitId, cooperatingUnitIds, null, user);
		});
	}

	@PostMapping("/cases/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved",
				() -> grievances.refuse(id, version, text, null, user));
	}

	@PostMapping("/cases/{id}/extend")
	String extend(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String text, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved",
				() -> grievances.extend(id, version, until, text, user));
	}

	@PostMapping("/cases/{id}/leader")
	String leader(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved",
				() -> grievances.lead(id, version, text, user));
	}

	@PostMapping("/cases/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) String text,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved", () -> grievances.progress(id, text, user));
	}

	@PostMapping("/cases/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved",
				() -> grievances.resolve(id, version, text, null, user));
	}

	@PostMapping("/cases/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String satisfaction,
			@RequestParam(required = false) String text, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved",
				() -> grievances.close(id, version, CaseApi.satisfaction(satisfaction), text, null, user));
	}

	@PostMapping("/cases/{id}/review")
	String review(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.saved",
				() -> grievances.review(id, version, text, null, user));
	}

	/** The civil units of the case's region and the regions just below it: no military unit handles a grievance. */
	private List<Unit> handlingUnits(String region, CurrentUser user) {
		RegionCode code = RegionCode.of(region);
		List<Unit> units = new ArrayList<>(directory.unitsIn(code));
		directory.children(code).stream().map(Region::code).forEach(child -> units.addAll(directory.unitsIn(child)));
		return units.stream().filter(u -> u.kind() != UnitKind.MILITARY && u.id().value() != user.unitId()).toList();
	}
}
