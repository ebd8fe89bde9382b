package cn.shuangyong.stations.web;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.stations.FiveHas;
import cn.shuangyong.stations.FiveHasChecks;
import cn.shuangyong.stations.FiveHasQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 五有 coverage by level, the records that fall short (or all), a record form and confirmation. */
@Controller
class FiveHasPages {

	private final FiveHasQueries queries;

	private final FiveHasChecks checks;

	private final Directory directory;

	FiveHasPages(FiveHasQueries queries, FiveHasChecks checks, Directory directory) {
		this.queries = queries;
		this.checks = checks;
		this.directory = directory;
	}

	@GetMapping("/stations")
	String page(@RequestParam(required = false) String region, @RequestParam(defaultValue = "true") boolean shortOnly,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("coverage", queries.coverage(region, user));
		model.addAttribute("found", queries.page(region, shortOnly, Paging.of(page, null), user));
		model.addAttribute("shortOnly", shortOnly);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("canRecord", user.can(Permission.WORK_EDIT));
		model.addAttribute("canConfirm", user.can(Permission.PLANS_PUBLISH));
		model.addAttribute("ownRegion", user.regionCode());
		model.addAttribute("units", recordable(user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "stations/five-has";
	}

	@PostMapping("/stations/five-has")
	String record(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean organisation,
			@RequestParam(defaultValue = "false") boolean posts, @RequestParam(defaultValue = "false") boolean staff,
			@RequestParam(defaultValue = "false") boolean funds, @RequestParam(defaultValue = "false") boolean support,
			@RequestParam(required = false) String evidence, @RequestParam(required = false) String checkedOn,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/stations", "stations.fiveHas.recorded", () -> checks.record(unitId,
				new FiveHas(organisation, posts, staff, funds, support), evidence, checkedOn, user));
	}

	@PostMapping("/stations/five-has/{unitId}/confirm")
	String confirm(@PathVariable long unitId, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/stations?shortOnly=false", "stations.fiveHas.confirmed",
				() -> checks.confirm(unitId, version, user));
	}

	/** The user's own unit, and for a county office or below, the stations in its region. */
	private List<Unit> recordable(CurrentUser user) {
		List<Unit> units = new ArrayList<>(directory.units(List.of(new UnitId(user.unitId()))));
		if (user.can(Permission.PLANS_PUBLISH) && user.regionLevel() == RegionLevel.COUNTY) {
			units.addAll(directory.unitsIn(RegionCode.of(user.regionCode())).stream()
				.filter(u -> u.id().value() != user.unitId() && u.kind() == UnitKind.SERVICE_CENTRE).toList());
			units.addAll(directory.units(directory.serviceStationsWithin(RegionCode.of(user.regionCode())).values()
				.stream().toList()));
		}
		return units;
	}
}
