package cn.shuangyong.notifications.web;

import cn.shuangyong.notifications.Inbox;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox (站内信) of the signed-in person, and the unread count the top bar loads. */
@Controller
class InboxPages {

	private final Inbox inbox;

	InboxPages(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications/inbox")
	String inbox(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var found = inbox.of(user, Paging.of(page, null));
		model.addAttribute("found", found);
		model.addAttribute("entries", found.content());
		model.addAttribute("unread", inbox.unread(user));
		return "notifications/inbox";
	}

	@GetMapping("/notifications/inbox/unread")
	String unread(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unread", inbox.unread(user));
		return "notifications/inbox :: unreadBadge";
	}

	@PostMapping("/notifications/inbox/{id}/read")
	String markRead(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		inbox.markRead(id, user);
		return "redirect:/notifications/inbox";
	}

	@PostMapping("/notifications/inbox/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser user) {
		inbox.markAllRead(user);
		return "redirect:/notifications/inbox";
	}
}
