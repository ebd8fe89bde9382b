package cn.shuangyong.dashboards.web;

import cn.shuangyong.dashboards.SupervisionDashboard;
import cn.shuangyong.dashboards.SupervisionFigures;
import cn.shuangyong.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures behind the dashboard's charts, for the page's script and for other clients. */
@RestController
class DashboardApi {

	private final SupervisionDashboard dashboard;

	DashboardApi(SupervisionDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@Operation(summary = "督查督办统计：按部分、牵头单位的办结情况，逐周逾期趋势，各州（市）办结率")
	@GetMapping("/api/v1/dashboard/supervision")
	SupervisionFigures supervision(@RequestParam(required = false) Long plan,
			@AuthenticationPrincipal CurrentUser user) {
		return dashboard.figures(plan != null ? plan : dashboard.defaultPlan(user), user);
	}
}
