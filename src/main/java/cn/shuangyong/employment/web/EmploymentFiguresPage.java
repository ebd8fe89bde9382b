package cn.shuangyong.employment.web;

import cn.shuangyong.employment.EmploymentFigures;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The figures by region and year, with the map; a bad region or year is named and the user's own region shown. */
@Controller
class EmploymentFiguresPage {

	private final EmploymentFigures figures;

	EmploymentFiguresPage(EmploymentFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/employment/statistics")
	String statistics(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			model.addAttribute("f", figures.of(region, year, user));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("f", figures.of(null, null, user));
		}
		return "employment/statistics";
	}
}
