package cn.shuangyong.consultations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.consultations.ConsultationQueries;
import cn.shuangyong.consultations.Consultations;
import cn.shuangyong.consultations.Meeting;
import cn.shuangyong.consultations.MeetingKind;
import cn.shuangyong.consultations.NewDecision;
import cn.shuangyong.consultations.NewMeeting;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
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

/** The meetings list, calling a meeting, and one meeting with its minutes and decisions. */
@Controller
class ConsultationPages {

	private final ConsultationQueries queries;

	private final Consultations consultations;

	private final Directory directory;

	ConsultationPages(ConsultationQueries queries, Consultations consultations, Directory directory) {
		this.queries = queries;
		this.consultations = consultations;
		this.directory = directory;
	}

	@GetMapping("/consultations")
	String meetings(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("meetings", queries.meetings(Paging.of(page, null), user));
		model.addAttribute("canCall", user.can(Permission.PLANS_PUBLISH));
		return "consultations/meetings";
	}

	@GetMapping("/consultations/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.PLANS_PUBLISH);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("units", choosable(user));
		return "consultations/new";
	}

	@PostMapping("/consultations")
	String call(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String place, @RequestParam(required = false) String agenda,
			@RequestParam(required = false) List<Long> participantUnitIds, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		try {
			long id = consultations.call(NewMeeting.of(kind, title, heldOn, place, agenda, participantUnitIds), user);
			return "redirect:/consultations/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			return form(user, model);
		}
	}

	@GetMapping("/consultations/{id}")
	String meeting(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Meeting meeting = queries.meeting(id, user);
		boolean convener = user.can(Permission.PLANS_PUBLISH) && user.unitId() == meeting.convener().id();
		model.addAttribute("meeting", meeting);
		model.addAttribute("convener", convener);
		model.addAttribute("units", convener ? choosable(user) : List.of());
		return "consultations/meeting";
	}

	/** A decision's own address, to which its supervision task links back: its place on its meeting's page. */
	@GetMapping("/consultations/decisions/{id}")
	String decision(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return "redirect:" + queries.decisionPage(id, user);
	}

	@PostMapping("/consultations/{id}/minutes")
	String minutes(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String minutes,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/consultations/" + id, "consultations.minutes.saved",
				() -> consultations.recordMinutes(id, version, minutes, user));
	}

	@PostMapping("/consultations/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) List<Long> leadUnitIds,
			@RequestParam(required = false) List<Long> cooperatingUnitIds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/consultations/" + id, "consultations.decision.saved",
				() -> consultations.decide(id, NewDecision.of(text, leadUnitIds, cooperatingUnitIds, deadline), user));
	}

	/** The units of the office's own region, and the offices and military units of the regions just below. */
	private List<Unit> choosable(CurrentUser user) {
		RegionCode own = RegionCode.of(user.regionCode());
		List<Unit> units = new ArrayList<>(directory.unitsIn(own));
		if (own.level().compareTo(RegionLevel.TOWNSHIP) < 0) {
			for (Region child : directory.children(own)) {
				directory.unitsIn(child.code()).stream()
					.filter(u -> u.kind() == UnitKind.OFFICE || u.kind() == UnitKind.MILITARY).forEach(units::add);
			}
		}
		return units;
	}
}
