package cn.shuangyong.schooling.web;

import cn.shuangyong.schooling.ApplicationDisclosure;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.RedirectOutcome;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Revealing the child's ID number (a fragment for htmx, shown once, not cached) and correcting an application. */
@Controller
class ApplicationDisclosurePages {

	private final ApplicationDisclosure disclosure;

	ApplicationDisclosurePages(ApplicationDisclosure disclosure) {
		this.disclosure = disclosure;
	}

	@PostMapping("/schooling/applications/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		try {
			model.addAttribute("value", disclosure.revealIdNumber(id, reason, user));
			model.addAttribute("problem", null);
		}
		catch (InvalidInputException e) {
			model.addAttribute("problem", String.join("；", e.problems()));
		}
		return "schooling/revealed :: revealed";
	}

	@PostMapping("/schooling/applications/{id}/correction")
	String correct(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String childName,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String wishedSchool,
			@RequestParam(required = false) String documents, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/schooling/applications/" + id, "schooling.saved",
				() -> disclosure.correct(id, version, childName, idNumber, wishedSchool, documents, user));
	}
}
