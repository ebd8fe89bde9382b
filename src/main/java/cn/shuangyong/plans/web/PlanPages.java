package cn.shuangyong.plans.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Published plans: the list, a plan by section with its units, an item, and what a unit leads or helps with. */
@Controller
class PlanPages {

	private final WorkPlans plans;

	private final Directory directory;

	PlanPages(WorkPlans plans, Directory directory) {
		this.plans = plans;
		this.directory = directory;
	}

	@GetMapping("/plans")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("plans", plans.visibleTo(user));
		return "plans/list";
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlanSummary plan = plans.find(id, user);
		Map<String, List<PlanItem>> bySection = new LinkedHashMap<>();
		plans.sections(id).forEach(s -> bySection.put(s, new java.util.ArrayList<>()));
		for (PlanItem item : plans.items(id)) {
			bySection.computeIfAbsent(item.section() == null ? "" : item.section(), k -> new java.util.ArrayList<>())
				.add(item);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("sections", bySection);
		model.addAttribute("parent", plan.parentPlanId() == null ? null : plans.byId(plan.parentPlanId()).orElse(null));
		model.addAttribute("forwards", plans.forwardsOf(id));
		return "plans/plan";
	}

	@GetMapping("/plans/items/{id}")
	String item(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlanItem item = plans.item(id, user);
		model.addAttribute("item", item);
		model.addAttribute("plan", plans.find(item.planId(), user));
		return "plans/item";
	}

	/** What a unit leads or helps with. */
	@GetMapping("/plans/units/{unitId}")
	String involvement(@PathVariable long unitId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unit", directory.unit(new UnitId(unitId)).orElseThrow(() -> new NotFoundException("单位不存在")));
		model.addAttribute("involvement", plans.involvementOf(unitId, user));
		return "plans/unit";
	}
}
