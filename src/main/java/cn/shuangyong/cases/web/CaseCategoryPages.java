package cn.shuangyong.cases.web;

import cn.shuangyong.cases.CaseCategories;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case categories: listed for everyone who reads cases, added and retired by the provincial office. */
@Controller
class CaseCategoryPages {

	private final CaseCategories categories;

	CaseCategoryPages(CaseCategories categories) {
		this.categories = categories;
	}

	@GetMapping("/cases/categories")
	String categories(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("categories", categories.all(user));
		model.addAttribute("manages", categories.mayManage(user));
		return "cases/categories";
	}

	@PostMapping("/cases/categories")
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String label,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/categories", "cases.categories.added",
				() -> categories.add(code, label, user));
	}

	@PostMapping("/cases/categories/{code}/retire")
	String retire(@PathVariable String code, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/categories", "cases.categories.retired",
				() -> categories.retire(code, version, user));
	}
}
