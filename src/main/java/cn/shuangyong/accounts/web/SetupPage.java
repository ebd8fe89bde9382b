package cn.shuangyong.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import cn.shuangyong.accounts.FirstAdministrators;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The first administrators of a new installation, created with the setup token from the console. Open without
 * sign-in, and only while no administrator exists: afterwards it answers 404 like any unknown page.
 */
@Controller
class SetupPage {

	private final FirstAdministrators first;

	SetupPage(FirstAdministrators first) {
		this.first = first;
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (!first.awaited()) {
			throw new NotFoundException("页面不存在");
		}
		model.addAttribute("form", SetupForm.empty());
		model.addAttribute("problems", List.of());
		return "accounts/setup";
	}

	@PostMapping("/setup")
	String create(SetupForm form, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("enrolments", first.create(form.token(), form.administrators()));
			return "accounts/setup-done";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			// the passwords and the token are typed again, never sent back into the page
			model.addAttribute("form", new SetupForm("", form.adminUsername(), form.adminName(), "",
					form.securityUsername(), form.securityName(), "", form.auditUsername(), form.auditName(), ""));
			model.addAttribute("problems", e.problems());
			return "accounts/setup";
		}
	}
}
