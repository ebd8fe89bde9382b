package cn.shuangyong.stations.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.stations.SupplyStation;
import cn.shuangyong.stations.SupplyStations;
import cn.shuangyong.stations.SupplyTask;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supply stations with their yearly figures, the tasks this unit may see, and the forms of a task's life. */
@Controller
class SupplyPages {

	private final SupplyStations supply;

	private final Directory directory;

	SupplyPages(SupplyStations supply, Directory directory) {
		this.supply = supply;
		this.directory = directory;
	}

	@GetMapping("/stations/supply")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<SupplyStation> stations = supply.stations(user);
		List<SupplyTask> tasks = supply.tasks(user);
		model.addAttribute("stations", stations);
		model.addAttribute("figures", supply.figures(user));
		model.addAttribute("tasks", tasks);
		model.addAttribute("names", names(tasks));
		Unit own = directory.unit(new UnitId(user.unitId())).orElseThrow();
		model.addAttribute("canRequest", user.can(Permission.WORK_EDIT)
				&& (own.kind() == UnitKind.MILITARY || user.can(Permission.PLANS_PUBLISH)));
		model.addAttribute("unitId", user.unitId());
		model.addAttribute("office", user.can(Permission.PLANS_PUBLISH) ? user.regionCode() : "");
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "stations/supply";
	}

	@PostMapping("/stations/supply/tasks")
	String request(@RequestParam(required = false) Long stationUnitId, @RequestParam(required = false) String troop,
			@RequestParam(required = false) String onDate, @RequestParam(defaultValue = "0") int people,
			@RequestParam(defaultValue = "0") int meals, @RequestParam(defaultValue = "0") int beds,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/stations/supply", "stations.task.requested", () -> supply
			.request(stationUnitId == null ? 0 : stationUnitId, troop, onDate, people, meals, beds, user));
	}

	@PostMapping("/stations/supply/tasks/{id}/accept")
	String accept(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/stations/supply", "stations.task.accepted",
				() -> supply.accept(id, version, user));
	}

	@PostMapping("/stations/supply/tasks/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "0") int servedPeople,
			@RequestParam(defaultValue = "0") int servedMeals, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/stations/supply", "stations.task.closed",
				() -> supply.close(id, version, servedPeople, servedMeals, user));
	}

	private Map<Long, String> names(List<SupplyTask> tasks) {
		return directory.units(tasks.stream().flatMap(t -> java.util.stream.Stream.of(t.stationUnitId(),
				t.requestingUnitId())).distinct().map(UnitId::new).toList()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
	}
}
