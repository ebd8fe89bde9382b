package cn.shuangyong.dashboards.web;

import java.util.Locale;

import cn.shuangyong.dashboards.MapThemes;
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
 * The dashboard page: the plan picker, the map's theme picker (专题), the headline figures and the frames the charts are drawn into; the script
 * ({@code static/js/dashboard.js}) fetches the same figures from the API and draws them with ECharts.
 */
@Controller
class DashboardPages {

	private final SupervisionDashboard dashboard;

	private final WorkPlans plans;

	private final PlanPicker picker;

	private final MapThemes themes;

	DashboardPages(SupervisionDashboard dashboard, WorkPlans plans, PlanPicker picker, MapThemes themes) {
		this.dashboard = dashboard;
		this.plans = plans;
		this.picker = picker;
		this.themes = themes;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Long plan, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		long planId = plan != null ? plan : dashboard.defaultPlan(user);
		model.addAttribute("figures", dashboard.figures(planId, user));
		model.addAttribute("planOptions", picker.options(plans.visibleByLevel(user), planId));
		model.addAttribute("themes", themes.offered(user, locale));
		return "dashboards/supervision";
	}
}
