package cn.shuangyong.notifications.web;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.notifications.Channels;
import cn.shuangyong.notifications.DeliveryLog;
import cn.shuangyong.notifications.UnreachedUnits;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** For the offices: the messages sent, filtered by task or notice, and each message's deliveries. */
@Controller
class DeliveryPages {

	private final DeliveryLog log;

	private final Channels channels;

	private final Directory directory;

	private final UnreachedUnits unreached;

	DeliveryPages(DeliveryLog log, Channels channels, Directory directory, UnreachedUnits unreached) {
		this.log = log;
		this.unreached = unreached;
		this.directory = directory;
		this.channels = channels;
	}

	@GetMapping("/notifications/messages")
	String messages(@RequestParam(required = false) Long task, @RequestParam(required = false) Long notice,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		var found = log.messages(task, notice, Paging.of(page, null), user);
		model.addAttribute("found", found);
		model.addAttribute("messages", found.content());
		model.addAttribute("task", task);
		model.addAttribute("notice", notice);
		model.addAttribute("channels", channels.states());
		model.addAttribute("unreached",
				unreached.countsOf(found.content().stream().map(DeliveryLog.MessageSummary::id).toList(), user));
		return "notifications/messages";
	}

	@GetMapping("/notifications/messages/{id}")
	String message(@PathVariable long id, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("message", log.message(id, user));
		var found = log.deliveries(id, Paging.of(page, null), user);
		var deliveries = found.content();
		var missed = unreached.ofMessage(id, user);
		model.addAttribute("found", found);
		model.addAttribute("deliveries", deliveries);
		model.addAttribute("unreached", missed);
		model.addAttribute("unitNames", directory.units(java.util.stream.Stream.concat(
				deliveries.stream().map(DeliveryLog.DeliveryView::unitId), missed.stream().map(UnreachedUnits.UnreachedUnit::unitId))
			.distinct().map(UnitId::new).toList())
			.stream().collect(java.util.stream.Collectors.toMap(u -> u.id().value(), Unit::name)));
		return "notifications/message";
	}
}
