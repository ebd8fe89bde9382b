package cn.shuangyong.dashboards.web;

import cn.shuangyong.dashboards.SupervisionDashboard;
import cn.shuangyong.plans.PlanPicker;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard page: the plan picker, the headline figures and the frames the charts are drawn into; the script
 * ({@code static/js/dashboard.js}) fetches the same figures from the API and draws them with ECharts.
 */
@Controller
class DashboardPages {

	private final SupervisionDashboard dashboard;

	private final WorkPlans plans;

	private final PlanPicker picker;

	DashboardPages(SupervisionDashboard dashboard, WorkPlans plans, PlanPicker picker) {
		this.dashboard = dashboard;
		this.plans = plans;
		this.picker = picker;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Long plan, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		long planId = plan != null ? plan : dashboard.defaultPlan(user);
		model.addAttribute("figures", dashboard.figures(planId, user));
		model.addAttribute("planOptions", picker.options(plans.visibleByLevel(user), planId));
		return "dashboards/supervision";
	}
}
