package cn.shuangyong.beneficiaries.honours.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.beneficiaries.honours.HouseholdRef;
import cn.shuangyong.beneficiaries.honours.Households;
import cn.shuangyong.beneficiaries.plaques.PlaqueBasis;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.HangPlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.ReplacePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RestorePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RevokePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueEligibility;
import cn.shuangyong.beneficiaries.plaques.PlaqueWork;
import cn.shuangyong.beneficiaries.plaques.Plaques;
import cn.shuangyong.beneficiaries.plaques.ReplacementReason;
import cn.shuangyong.beneficiaries.plaques.RevocationGround;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The eligible households without a plaque, and one household's plaque with its hang, replace and revoke forms. */
@Controller
class PlaquePages {

	private final Plaques plaques;

	private final PlaqueWork work;

	private final Households households;

	private final PlaqueEligibility eligibility;

	private final HonoursNames names;

	private final BusinessClock clock;

	PlaquePages(Plaques plaques, PlaqueWork work, Households households, PlaqueEligibility eligibility,
			HonoursNames names, BusinessClock clock) {
		this.plaques = plaques;
		this.work = work;
		this.households = households;
		this.eligibility = eligibility;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/beneficiaries/plaques")
	String withoutPlaque(@RequestParam(required = false) Long station, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var found = plaques.withoutPlaque(user, station, Paging.of(page, null));
		List<Plaques.HouseholdWithout> rows = found.content();
		model.addAttribute("found", found);
		List<Plaques.StationCount> stations = plaques.withoutPlaqueByStation(user);
		model.addAttribute("rows", rows);
		model.addAttribute("stations", stations);
		model.addAttribute("station", station);
		model.addAttribute("unitNames", names.units(stations.stream().map(Plaques.StationCount::stationUnitId).toList()));
		model.addAttribute("places", names.places(rows.stream().map(Plaques.HouseholdWithout::regionCode).toList()));
		return "honours/plaques";
	}

	@GetMapping("/beneficiaries/plaques/households/{id}")
	String household(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		HouseholdRef household = households.readable(id, user);
		List<Households.Member> members = households.members(id);
		var plaque = plaques.plaqueOf(id);
		model.addAttribute("household", household);
		model.addAttribute("place", names.place(household.regionCode()));
		model.addAttribute("stationName", names.unit(household.stationUnitId()));
		model.addAttribute("members", members);
		model.addAttribute("categoryNames", members.stream().map(m -> names.categories(m.categories())).toList());
		model.addAttribute("bases", eligibility.basesOf(members.stream().flatMap(m -> m.categories().stream()).toList())
			.stream().map(PlaqueBasis::label).toList());
		model.addAttribute("eligible", plaques.eligible(id));
		model.addAttribute("plaque", plaque.orElse(null));
		model.addAttribute("events", plaque.map(p -> plaques.events(p.id())).orElse(List.of()));
		model.addAttribute("grounds", RevocationGround.values());
		model.addAttribute("reasons", ReplacementReason.values());
		model.addAttribute("today", clock.today());
		model.addAttribute("countyOffice", user.can(Permission.PLANS_PUBLISH) && user.regionLevel() == RegionLevel.COUNTY);
		model.addAttribute("editor", user.can(Permission.WORK_EDIT));
		return "honours/household";
	}

	@PostMapping("/beneficiaries/plaques/households/{id}/hang")
	String hang(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hungOn,
			@RequestParam(defaultValue = "") String hungBy, @RequestParam(required = false) MultipartFile photo,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> work.hang(id, new HangPlaque(hungOn, hungBy, Uploads.bytes(photo)), user));
	}

	@PostMapping("/beneficiaries/plaques/households/{id}/replace")
	String replace(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replacedOn,
			@RequestParam(defaultValue = "") String replacedBy, @RequestParam(required = false) String detail,
			@RequestParam(required = false) MultipartFile photo, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> work.replace(id, version,
				new ReplacePlaque(reason, replacedOn, replacedBy, detail, Uploads.bytes(photo)), user));
	}

	@PostMapping("/beneficiaries/plaques/households/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String ground,
			@RequestParam(defaultValue = "") String detail,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> work.revoke(id, version, new RevokePlaque(ground, detail, revokedOn), user));
	}

	@PostMapping("/beneficiaries/plaques/households/{id}/restore")
	String restore(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String detail,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate restoredOn,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> work.restore(id, version, new RestorePlaque(detail, restoredOn), user));
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		return RedirectOutcome.run(redirect, "/beneficiaries/plaques/households/" + id, "honours.saved", action);
	}
}
