package cn.shuangyong.beneficiaries.honours.web;

import cn.shuangyong.beneficiaries.HonoursCoverage;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage dashboard: plaque and visit coverage of the user's region, a map of Yunnan's prefectures (or the bars
 * of a prefecture's counties, whose shapes the map file lacks) and a table one level down.
 */
@Controller
class CoveragePages {

	private final HonoursCoverage coverage;

	private final HonoursNames names;

	CoveragePages(HonoursCoverage coverage, HonoursNames names) {
		this.coverage = coverage;
		this.names = names;
	}

	@GetMapping("/beneficiaries/coverage")
	String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) Long campaign,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String shown = region == null || region.isBlank() ? user.regionCode() : region.strip();
		HonoursAccess.requireRead(user, shown, "该地区");
		var figures = coverage.of(shown);
		Long chosen = campaign != null ? campaign
				: figures.visitCoverage().stream().findFirst().map(HonoursCoverage.VisitCoverage::campaignId).orElse(null);
		var parts = coverage.parts(shown, chosen);
		RegionLevel level = RegionLevel.ofCode(shown);
		model.addAttribute("region", shown);
		model.addAttribute("regionName", names.region(shown));
		model.addAttribute("parent", level.above().map(above -> above.regionOf(shown)).filter(user::covers).orElse(null));
		// the parts of the province are prefectures, which have parts of their own to open
		model.addAttribute("partsOpen", level == RegionLevel.PROVINCE);
		model.addAttribute("figures", figures);
		model.addAttribute("campaign", chosen);
		model.addAttribute("parts", parts);
		model.addAttribute("partNames", names.places(parts.stream().map(HonoursCoverage.PartCoverage::regionCode).toList()));
		model.addAttribute("map", shown.equals("53"));
		return "honours/coverage";
	}
}
