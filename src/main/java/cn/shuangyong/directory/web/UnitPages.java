package cn.shuangyong.directory.web;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.DirectoryAdministration;
import cn.shuangyong.directory.UnitDetails;
import cn.shuangyong.directory.UnitDetailsQuery;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding a unit by name or alias, and the unit page. */
@Controller
class UnitPages {

	private static final int SEARCH_LIMIT = 50;

	private final Directory directory;

	private final UnitDetailsQuery details;

	UnitPages(Directory directory, UnitDetailsQuery details) {
		this.directory = directory;
		this.details = details;
	}

	/** The search page; an htmx request (typing in the box) gets only the result list. */
	@GetMapping("/directory/units")
	String search(@RequestParam(defaultValue = "") String q, Model model, HttpServletRequest request) {
		model.addAttribute("q", q);
		model.addAttribute("results", directory.search(q, SEARCH_LIMIT));
		return request.getHeader("HX-Request") != null ? "directory/units :: results" : "directory/units";
	}

	@GetMapping("/directory/units/{id}")
	String unit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		UnitDetails unit = details.find(new UnitId(id)).orElseThrow(() -> new NotFoundException("单位不存在"));
		model.addAttribute("d", unit);
		model.addAttribute("mayEdit", DirectoryAdministration.mayEdit(user, unit.unit()));
		return "directory/unit";
	}
}
