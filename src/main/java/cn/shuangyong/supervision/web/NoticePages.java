package cn.shuangyong.supervision.web;

import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.notifications.UnreachedUnits;
import cn.shuangyong.supervision.urging.NoticeKind;
import cn.shuangyong.supervision.urging.NoticeView;
import cn.shuangyong.supervision.urging.Notices;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import cn.shuangyong.supervision.urging.Urging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notices of a task (loaded into the task page), 催办 by hand, and the list of notices issued. */
@Controller
class NoticePages {

	private final Notices notices;

	private final Tasks tasks;

	private final Urging urging;

	private final UnreachedUnits unreached;

	NoticePages(Notices notices, Tasks tasks, Urging urging, UnreachedUnits unreached) {
		this.unreached = unreached;
		this.notices = notices;
		this.tasks = tasks;
		this.urging = urging;
	}

	@GetMapping("/supervision/tasks/{id}/notices")
	String taskNotices(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		TaskView task = tasks.find(id, user);
		model.addAttribute("task", task);
		var held = notices.ofTask(id, user);
		model.addAttribute("notices", held);
		model.addAttribute("unreached", UnreachedUnits.mayView(user)
				? unreached.countsOfNotices(held.stream().map(NoticeView::id).toList(), user) : Map.of());
		model.addAttribute("mayUrge", Urging.mayUrge(task, user) && task.colour() == TaskColour.RED
				&& task.state() != TaskState.SUBMITTED);
		return "urging/notices :: taskNotices";
	}

	@PostMapping("/supervision/tasks/{id}/urge")
	String urge(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/supervision/tasks/" + id, "urging.issued", () -> urging.urge(id, user));
	}

	@GetMapping("/urging/notices")
	String list(@RequestParam(required = false) NoticeKind kind, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var found = notices.visibleTo(user, kind, Paging.of(page, null));
		model.addAttribute("found", found);
		model.addAttribute("notices", found.content());
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", List.of(NoticeKind.values()));
		return "urging/list";
	}
}
