package cn.shuangyong.supervision.web;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.supervision.targets.Target;
import cn.shuangyong.supervision.targets.TargetCounts;
import cn.shuangyong.supervision.targets.Targets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An item's quantitative targets: the counting page by prefecture, for everyone who may see the item, with the
 * small form the issuing office sets the targets in.
 */
@Controller
class TargetPages {

	static final int FORM_ROWS = 6;

	private final WorkPlans plans;

	private final Targets targets;

	private final TargetCounts counts;

	TargetPages(WorkPlans plans, Targets targets, TargetCounts counts) {
		this.plans = plans;
		this.targets = targets;
		this.counts = counts;
	}

	@GetMapping("/supervision/items/{itemId}/targets")
	String page(@PathVariable long itemId, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlanItem item = plans.item(itemId, user);
		String region = plans.byId(item.planId()).orElseThrow().regionCode();
		model.addAttribute("item", item);
		model.addAttribute("table", counts.of(itemId, region));
		model.addAttribute("maySet", targets.maySet(itemId, user));
		List<Target> list = targets.ofItem(itemId);
		List<Target.Draft> rows = new ArrayList<>(
				list.stream().map(t -> new Target.Draft(t.name(), t.measure(), t.required(), t.perPrefecture())).toList());
		while (rows.size() < Math.max(FORM_ROWS, list.size() + 2)) {
			rows.add(new Target.Draft("", "", null, true));
		}
		model.addAttribute("rows", rows);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "supervision/targets";
	}

	@PostMapping("/supervision/items/{itemId}/targets")
	String set(@PathVariable long itemId, @RequestParam(name = "name", required = false) List<String> names,
			@RequestParam(name = "measure", required = false) List<String> measures,
			@RequestParam(name = "required", required = false) List<String> required,
			@RequestParam(name = "perPrefecture", required = false) List<String> perPrefecture,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		plans.item(itemId, user);
		return RedirectOutcome.run(redirect, "/supervision/items/" + itemId + "/targets", "tasklife.targets.saved",
				() -> targets.set(itemId, drafts(names, measures, required, perPrefecture), user));
	}

	/** The form's rows; the per-prefecture box of a row sends that row's index. */
	private static List<Target.Draft> drafts(List<String> names, List<String> measures, List<String> required,
			List<String> perPrefecture) {
		List<Target.Draft> drafts = new ArrayList<>();
		int n = names == null ? 0 : names.size();
		for (int i = 0; i < n; i++) {
			String count = at(required, i).strip();
			Integer number = null;
			if (!count.isEmpty()) {
				try {
					number = Integer.valueOf(count);
				}
				catch (NumberFormatException e) {
					throw new InvalidInputException("第 " + (i + 1) + " 行指标的要求数量“" + count + "”不是整数");
				}
			}
			boolean each = perPrefecture != null && perPrefecture.contains(Integer.toString(i));
			drafts.add(new Target.Draft(names.get(i), at(measures, i), number, each));
		}
		return drafts;
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}
}
