package cn.shuangyong.priority.web;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.priority.Inspections;
import cn.shuangyong.priority.NewPlace;
import cn.shuangyong.priority.PriorityQueries;
import cn.shuangyong.priority.Sector;
import cn.shuangyong.shared.CurrentUser;
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

/** The places under inspection in the user's scope, registering one, and a place's history of findings. */
@Controller
class PlacePages {

	private final PriorityQueries queries;

	private final Inspections inspections;

	private final Directory directory;

	PlacePages(PriorityQueries queries, Inspections inspections, Directory directory) {
		this.queries = queries;
		this.inspections = inspections;
		this.directory = directory;
	}

	@GetMapping("/priority/places")
	String places(@AuthenticationPrincipal CurrentUser user, Model model) {
		var places = queries.places(user);
		model.addAttribute("places", places);
		model.addAttribute("departments", queries.unitNames(places.stream().map(p -> p.departmentUnitId()).toList()));
		model.addAttribute("regions", queries.regionNames(places.stream().map(p -> p.regionCode())
			.collect(java.util.stream.Collectors.toSet())));
		boolean office = user.can(Permission.PLANS_PUBLISH);
		model.addAttribute("canAdd", office);
		if (office) {
			choices(user, model);
		}
		return "priority/places";
	}

	/** The sectors, regions and departments an office may choose for a place. */
	private void choices(CurrentUser user, Model model) {
		model.addAttribute("sectors", Sector.values());
		RegionCode own = RegionCode.of(user.regionCode());
		List<Region> regions = new ArrayList<>();
		directory.region(own).ifPresent(regions::add);
		regions.addAll(directory.children(own));
		model.addAttribute("choosableRegions", regions);
		List<Unit> units = new ArrayList<>();
		regions.forEach(r -> directory.unitsIn(r.code()).stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)
			.forEach(units::add));
		model.addAttribute("choosableUnits", units);
	}

	@PostMapping("/priority/places")
	String add(@RequestParam(required = false) String name, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Long departmentUnitId,
			@RequestParam(required = false) String address, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/places", "priority.place.added",
				() -> inspections.addPlace(NewPlace.of(name, sector, regionCode, departmentUnitId, address), user));
	}

	@GetMapping("/priority/places/{id}")
	String place(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var history = queries.place(id, user);
		model.addAttribute("history", history);
		boolean editable = user.can(Permission.PLANS_PUBLISH) && !history.place().retired();
		model.addAttribute("canEdit", editable);
		if (editable) {
			choices(user, model);
		}
		return "priority/place";
	}

	@PostMapping("/priority/places/{id}")
	String change(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Long departmentUnitId,
			@RequestParam(required = false) String address, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/places/" + id, "priority.place.changed",
				() -> inspections.changePlace(id, version == null ? -1 : version,
						NewPlace.of(name, sector, regionCode, departmentUnitId, address), user));
	}

	@PostMapping("/priority/places/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/places/" + id, "priority.place.retired",
				() -> inspections.retirePlace(id, version == null ? -1 : version, reason, user));
	}
}
