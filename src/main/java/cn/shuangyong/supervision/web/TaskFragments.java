package cn.shuangyong.supervision.web;

import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.supervision.targets.Targets;
import cn.shuangyong.supervision.Tasks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The tasks of an item, a plan's task count and its items' progress, loaded into the plan pages by htmx. */
@Controller
class TaskFragments {

	private final Tasks tasks;

	private final WorkPlans plans;

	private final Targets targets;

	TaskFragments(Tasks tasks, WorkPlans plans, Targets targets) {
		this.tasks = tasks;
		this.plans = plans;
		this.targets = targets;
	}

	@GetMapping("/supervision/items/{itemId}/tasks")
	String itemTasks(@PathVariable long itemId, @AuthenticationPrincipal CurrentUser user, Model model) {
		plans.item(itemId, user);
		model.addAttribute("tasks", tasks.ofItem(itemId));
		model.addAttribute("itemId", itemId);
		model.addAttribute("targets", targets.ofItem(itemId));
		model.addAttribute("maySetTargets", targets.maySet(itemId, user));
		return "supervision/fragments :: itemTasks";
	}

	/** Each item's deadline and state, swapped into the plan page's items out of band (one request for the plan). */
	@GetMapping("/supervision/plans/{planId}/item-progress")
	String itemProgress(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
		plans.find(planId, user);
		model.addAttribute("progress", ItemProgress.of(tasks.ofPlan(planId)));
		return "supervision/fragments :: itemProgress";
	}

	@GetMapping("/supervision/plans/{planId}/task-count")
	String planTaskCount(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
		plans.find(planId, user);
		model.addAttribute("count", tasks.countOfPlan(planId));
		model.addAttribute("planId", planId);
		return "supervision/fragments :: taskCount";
	}
}
