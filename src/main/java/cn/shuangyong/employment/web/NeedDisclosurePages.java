package cn.shuangyong.employment.web;

import cn.shuangyong.employment.NeedDisclosure;
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

/** Revealing one masked value of a case (a fragment for htmx, shown once, not cached) and correcting the spouse's data. */
@Controller
class NeedDisclosurePages {

	private final NeedDisclosure disclosure;

	NeedDisclosurePages(NeedDisclosure disclosure) {
		this.disclosure = disclosure;
	}

	@PostMapping("/employment/cases/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam(required = false) String field,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		try {
			model.addAttribute("value", disclosure.reveal(id, NeedDisclosure.Field.parse(field), reason, user));
			model.addAttribute("problem", null);
		}
		catch (InvalidInputException e) {
			model.addAttribute("problem", String.join("；", e.problems()));
		}
		return "employment/revealed :: revealed";
	}

	@PostMapping("/employment/cases/{id}/correction")
	String correct(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String spouseName,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String skills, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/employment/cases/" + id, "employment.saved",
				() -> disclosure.correct(id, version, spouseName, idNumber, phone, skills, user));
	}
}
