package cn.shuangyong.accounts.web;

import cn.shuangyong.accounts.DemoAccountList;
import cn.shuangyong.accounts.FirstAdministrators;
import cn.shuangyong.shared.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Chinese login page; in demo mode it lists the demo accounts, and on a new installation it points to the setup
 * page.
 */
@Controller
class LoginPage {

	private final DemoMode demo;

	private final FirstAdministrators first;

	LoginPage(DemoMode demo, FirstAdministrators first) {
		this.demo = demo;
		this.first = first;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo.enabled());
		model.addAttribute("demoAccounts", demo.enabled() ? DemoAccountList.accounts() : java.util.List.of());
		model.addAttribute("setupAwaited", first.awaited());
		return "login";
	}
}
