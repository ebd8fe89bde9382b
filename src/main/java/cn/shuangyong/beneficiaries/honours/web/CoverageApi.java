package cn.shuangyong.beneficiaries.honours.web;

import java.util.List;

import cn.shuangyong.beneficiaries.HonoursCoverage;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plaque and visit coverage of a region and of its parts one level down, for the map and other clients. */
@RestController
class CoverageApi {

	private final HonoursCoverage coverage;

	private final HonoursNames names;

	CoverageApi(HonoursCoverage coverage, HonoursNames names) {
		this.coverage = coverage;
		this.names = names;
	}

	@GetMapping("/api/v1/beneficiaries/coverage")
	CoverageAnswer coverage(@RequestParam(required = false) String region,
			@RequestParam(required = false) Long campaign, @AuthenticationPrincipal CurrentUser user) {
		String shown = region == null || region.isBlank() ? user.regionCode() : region.strip();
		HonoursAccess.requireRead(user, shown, "该地区");
		var figures = coverage.of(shown);
		List<Part> parts = coverage.parts(shown, campaign).stream()
			.map(p -> new Part(p.regionCode(), names.region(p.regionCode()), p.plaques().eligibleHouseholds(),
					p.plaques().withPlaque(), p.plaques().percent(), p.targets(), p.visited(), p.visitPercent()))
			.toList();
		return new CoverageAnswer(shown, names.region(shown), figures.plaqueCoverage(), figures.visitCoverage(), parts);
	}

	record CoverageAnswer(String region, String name, HonoursCoverage.PlaqueCoverage plaqueCoverage,
			List<HonoursCoverage.VisitCoverage> visitCoverage, List<Part> parts) {
	}

	record Part(String region, String name, long eligibleHouseholds, long withPlaque, double plaquePercent,
			long targets, long visited, double visitPercent) {
	}
}
