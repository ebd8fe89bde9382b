package cn.shuangyong.supervision.web;

import java.util.Map;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.notifications.UnreachedUnits;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** For the office: every unit its reminders and notices reached nobody in, with what to do about each. */
@Controller
class UnreachedPages {

	private final UnreachedUnits unreached;

	private final Directory directory;

	UnreachedPages(UnreachedUnits unreached, Directory directory) {
		this.unreached = unreached;
		this.directory = directory;
	}

	@GetMapping("/urging/unreached")
	String list(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		var found = unreached.inScope(user, Paging.of(page, null));
		Map<Long, String> names = directory.units(found.content().stream().map(u -> new UnitId(u.unitId())).toList())
			.stream().collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		model.addAttribute("found", found);
		model.addAttribute("units", found.content());
		model.addAttribute("unitNames", names);
		return "urging/unreached";
	}
}
