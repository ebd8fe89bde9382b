package cn.shuangyong.accounts.web;

import java.util.List;

import cn.shuangyong.accounts.AccountAdministration;
import cn.shuangyong.accounts.SignedInSessions;
import cn.shuangyong.accounts.SignedInUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A user changes their own password. */
@Controller
class PasswordPage {

	private final AccountAdministration administration;

	private final SignedInSessions sessions;

	PasswordPage(AccountAdministration administration, SignedInSessions sessions) {
		this.administration = administration;
		this.sessions = sessions;
	}

	@GetMapping("/account/password")
	String form(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("mustChange", user.mustChangePassword());
		model.addAttribute("problems", List.of());
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		try {
			if (!password.equals(confirm)) {
				throw new InvalidInputException("两次输入的新密码不一致");
			}
			administration.changeOwnPassword(user, current, password);
			sessions.refresh(user);
			model.addAttribute("notice", "accounts.passwordChanged");
			model.addAttribute("problems", List.of());
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
		}
		return "accounts/password";
	}
}
