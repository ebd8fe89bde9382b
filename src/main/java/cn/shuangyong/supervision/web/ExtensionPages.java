package cn.shuangyong.supervision.web;

import java.time.LocalDate;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.supervision.Extensions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 延期: a lead asks on the task page; the office answers there or from its list of waiting requests. */
@Controller
class ExtensionPages {

	private final Extensions extensions;

	ExtensionPages(Extensions extensions) {
		this.extensions = extensions;
	}

	@GetMapping("/supervision/extensions")
	String waiting(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("requests", extensions.waitingFor(user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", java.util.List.of());
		}
		return "supervision/extensions";
	}

	@PostMapping("/supervision/tasks/{id}/extensions")
	String request(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/supervision/tasks/" + id, "tasklife.extension.requested",
				() -> extensions.request(id, until, reason, user));
	}

	@PostMapping("/supervision/extensions/{requestId}/approve")
	String approve(@PathVariable long requestId, @RequestParam long task, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "task") String back, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, target(back, task), "tasklife.extension.approved",
				() -> extensions.approve(requestId, note, user));
	}

	@PostMapping("/supervision/extensions/{requestId}/refuse")
	String refuse(@PathVariable long requestId, @RequestParam long task, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "task") String back, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, target(back, task), "tasklife.extension.refused",
				() -> extensions.refuse(requestId, reason, user));
	}

	private static String target(String back, long task) {
		return "list".equals(back) ? "/supervision/extensions" : "/supervision/tasks/" + task;
	}
}
