package cn.shuangyong.plans.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.OwnItem;
import cn.shuangyong.plans.OwnItems;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Published plans: the list, a plan by section with its units, an item, and what a unit leads or helps with. */
@Controller
class PlanPages {

	private final WorkPlans plans;

	private final Directory directory;

	private final OwnItems ownItems;

	PlanPages(WorkPlans plans, Directory directory, OwnItems ownItems) {
		this.plans = plans;
		this.ownItems = ownItems;
		this.directory = directory;
	}

	@GetMapping("/plans")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("planGroups", plans.visibleByLevel(user));
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
		model.addAttribute("mayAddItems", user.can(Permission.PLANS_PUBLISH) && plan.regionCode().equals(user.regionCode()));
		model.addAttribute("mayViewReceipts", user.covers(plan.regionCode()));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", java.util.List.of());
		}
		return "plans/plan";
	}

	@PostMapping("/plans/{id}/items")
	String addItem(@PathVariable long id, @RequestParam String text, @RequestParam String leads,
			@RequestParam(defaultValue = "") String cooperators, @RequestParam(defaultValue = "") String timeNodes,
			@RequestParam(defaultValue = "false") boolean joint, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			ownItems.add(id, new OwnItem(text, ItemForm.list(leads), joint, ItemForm.list(cooperators),
					ItemForm.list(timeNodes)), user);
			redirect.addFlashAttribute("notice", "plans.ownItem.added");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		return "redirect:/plans/" + id + "#add-item";
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
		var involvement = plans.involvementOf(unitId, user);
		model.addAttribute("involvement", involvement);
		model.addAttribute("byRole", java.util.Arrays.stream(cn.shuangyong.plans.AssignmentRole.values())
			.collect(java.util.stream.Collectors.toMap(r -> r, r -> involvement.stream().filter(v -> v.role() == r).toList(),
					(a, b) -> a, java.util.LinkedHashMap::new)));
		return "plans/unit";
	}
}
