package cn.shuangyong.audit.web;

import cn.shuangyong.audit.AuditLog;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's view of the log, and the check of its hash chain. */
@Controller
class AuditPages {

	private final AuditLog log;

	AuditPages(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("records", log.search(type, actor, 200, user));
		model.addAttribute("type", type);
		model.addAttribute("actor", actor);
		return "audit/list";
	}

	@PostMapping("/audit/verify")
	String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("check", log.verify(user));
		model.addAttribute("records", log.search(null, null, 200, user));
		return "audit/list";
	}
}
