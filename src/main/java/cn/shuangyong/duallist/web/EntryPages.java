package cn.shuangyong.duallist.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.duallist.Acceptance;
import cn.shuangyong.duallist.DualList;
import cn.shuangyong.duallist.DualListQueries;
import cn.shuangyong.duallist.DualLists;
import cn.shuangyong.duallist.Entry;
import cn.shuangyong.duallist.EntryState;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One entry: what was asked, the office's acceptance or refusal, the task that follows it, and the rating. */
@Controller
class EntryPages {

	private final DualListQueries queries;

	private final DualLists lists;

	private final Directory directory;

	EntryPages(DualListQueries queries, DualLists lists, Directory directory) {
		this.queries = queries;
		this.lists = lists;
		this.directory = directory;
	}

	@GetMapping("/dual-lists/entries/{id}")
	String entry(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Entry entry = queries.entry(id, user);
		DualList list = queries.list(entry.listId(), user);
		boolean manages = DualListPages.manages(list, user);
		model.addAttribute("entry", entry);
		model.addAttribute("list", list);
		model.addAttribute("canAccept", manages && entry.state() == EntryState.FILED);
		model.addAttribute("canRate", entry.state() == EntryState.DONE && user.can(Permission.WORK_EDIT)
				&& entry.requestingUnit().id() == user.unitId());
		model.addAttribute("units", manages ? directory.unitsIn(RegionCode.of(list.regionCode())) : List.of());
		return "duallist/entry";
	}

	@PostMapping("/dual-lists/entries/{id}/accept")
	String accept(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long responsibleUnitId,
			@RequestParam(required = false) List<Long> cooperatingUnitIds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/dual-lists/entries/" + id, "duallist.entry.accepted", () -> {
			if (responsibleUnitId == null) {
				throw new InvalidInputException(List.of("请选择责任单位"));
			}
			lists.accept(id, version, new Acceptance(responsibleUnitId, cooperatingUnitIds, deadline, note), user);
		});
	}

	@PostMapping("/dual-lists/entries/{id}/decline")
	String decline(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/dual-lists/entries/" + id, "duallist.entry.declined",
				() -> lists.decline(id, version, reason, user));
	}

	@PostMapping("/dual-lists/entries/{id}/rating")
	String rate(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String feedback,
			@RequestParam(required = false) Integer satisfaction, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/dual-lists/entries/" + id, "duallist.entry.rated",
				() -> lists.rate(id, version, feedback, satisfaction, user));
	}
}
