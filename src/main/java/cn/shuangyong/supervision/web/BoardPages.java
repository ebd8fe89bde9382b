package cn.shuangyong.supervision.web;

import java.util.List;

import cn.shuangyong.plans.PlanPicker;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.supervision.board.BoardFilter;
import cn.shuangyong.supervision.board.BoardLevel;
import cn.shuangyong.supervision.board.SupervisionBoard;
import cn.shuangyong.supervision.TaskColour;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision board (督办看板): every task the office may see, filtered, counted by colour and paged. A filter
 * change reloads only the results through htmx; the same URL gives the whole page, so filtered views can be shared.
 */
@Controller
class BoardPages {

	private final SupervisionBoard board;

	private final WorkPlans plans;

	private final BoardOptions options;

	private final PlanPicker picker;

	BoardPages(SupervisionBoard board, WorkPlans plans, BoardOptions options, PlanPicker picker) {
		this.board = board;
		this.plans = plans;
		this.options = options;
		this.picker = picker;
	}

	@GetMapping("/supervision/board")
	String board(@RequestParam(required = false) Long plan, @RequestParam(required = false) String section,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) TaskColour colour,
			@RequestParam(required = false) BoardLevel level, @RequestParam(required = false) String prefecture,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
		List<String> sections = plan == null ? List.of() : plans.sections(plan);
		// a section left over from the plan chosen before does not filter the new one
		String ofPlan = section != null && sections.contains(section) ? section : null;
		BoardFilter filter;
		try {
			filter = new BoardFilter(plan, ofPlan, unit, colour, level, prefecture, page);
		}
		catch (InvalidInputException e) {
			// a hand-edited address: say what is wrong and show the board without that filter
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", e.getMessage());
			filter = new BoardFilter(plan, ofPlan, unit, colour, level, null, page);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("result", board.show(filter, user));
		model.addAttribute("planOptions", picker.options(plans.visibleByLevel(user), filter.planId()));
		model.addAttribute("sections", sections);
		model.addAttribute("units", board.leadUnits(plan, filter.prefecture(), user));
		model.addAttribute("prefectures", options.prefectures(user));
		return htmx != null ? "supervision/board :: board" : "supervision/board";
	}
}
