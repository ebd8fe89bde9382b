package cn.shuangyong.accounts.web;

import cn.shuangyong.accounts.DemoAccountList;
import cn.shuangyong.shared.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login page; in demo mode it lists the demo accounts. */
@Controller
class LoginPage {

	private final DemoMode demo;

	LoginPage(DemoMode demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo.enabled());
		model.addAttribute("demoAccounts", demo.enabled() ? DemoAccountList.accounts() : java.util.List.of());
		return "login";
	}
}
