package cn.shuangyong.beneficiaries.honours.web;

import cn.shuangyong.beneficiaries.HonoursCoverage;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.shared.CurrentUser;
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
		var parts = shown.length() <= 4 ? coverage.parts(shown, chosen) : java.util.List.<HonoursCoverage.PartCoverage>of();
		model.addAttribute("region", shown);
		model.addAttribute("regionName", names.region(shown));
		model.addAttribute("parent", shown.length() > 2 && user.covers(shown.substring(0, shown.length() <= 4 ? 2 : 4))
				? shown.substring(0, shown.length() <= 4 ? 2 : 4) : null);
		model.addAttribute("figures", figures);
		model.addAttribute("campaign", chosen);
		model.addAttribute("parts", parts);
		model.addAttribute("partNames", names.places(parts.stream().map(HonoursCoverage.PartCoverage::regionCode).toList()));
		model.addAttribute("map", shown.equals("53"));
		return "honours/coverage";
	}
}
