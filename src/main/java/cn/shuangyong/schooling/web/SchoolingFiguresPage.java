package cn.shuangyong.schooling.web;

import cn.shuangyong.schooling.SchoolingFigures;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The figures by region, stage and basis, with the map; a bad region or year is named and the user's own shown. */
@Controller
class SchoolingFiguresPage {

	private final SchoolingFigures figures;

	SchoolingFiguresPage(SchoolingFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/schooling/statistics")
	String statistics(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			model.addAttribute("f", figures.of(region, year, user));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("f", figures.of(null, null, user));
		}
		return "schooling/statistics";
	}
}
