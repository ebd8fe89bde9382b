package cn.shuangyong.dashboards.web;

import java.util.List;
import java.util.Locale;

import cn.shuangyong.dashboards.MapThemes;
import cn.shuangyong.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The themes of the dashboard's map and their figures by region. */
@RestController
class DashboardThemesApi {

	private final MapThemes themes;

	DashboardThemesApi(MapThemes themes) {
		this.themes = themes;
	}

	@Operation(summary = "统计看板地图的专题：各模块按地区发布的数字，仅含本人角色可查看的专题")
	@GetMapping("/api/v1/dashboard/themes")
	List<MapThemes.Theme> themes(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return themes.offered(user, locale);
	}

	@Operation(summary = "一个专题在某地区下一级各地区的数字（默认本单位所在地区）")
	@GetMapping("/api/v1/dashboard/themes/{key}")
	MapThemes.ThemeFigures theme(@PathVariable String key, @RequestParam(required = false) String region,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return themes.figures(key, region, user, locale);
	}
}
