package cn.shuangyong.audit.web;

import cn.shuangyong.audit.AuditLog;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.People;
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

	private final People people;

	AuditPages(AuditLog log, People people) {
		this.log = log;
		this.people = people;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		var found = log.search(type, actor, Paging.of(page, null), user);
		model.addAttribute("found", found);
		model.addAttribute("records", found.content());
		model.addAttribute("who", people.named(found.content().stream().map(r -> r.actor()).toList()));
		model.addAttribute("type", type);
		model.addAttribute("actor", actor);
		return "audit/list";
	}

	@PostMapping("/audit/verify")
	String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("check", log.verify(user));
		var found = log.search(null, null, Paging.first(), user);
		model.addAttribute("found", found);
		model.addAttribute("records", found.content());
		model.addAttribute("who", people.named(found.content().stream().map(r -> r.actor()).toList()));
		return "audit/list";
	}
}
