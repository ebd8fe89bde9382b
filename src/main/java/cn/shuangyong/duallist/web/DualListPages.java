package cn.shuangyong.duallist.web;

import java.util.List;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.duallist.DualList;
import cn.shuangyong.duallist.DualListQueries;
import cn.shuangyong.duallist.DualLists;
import cn.shuangyong.duallist.Entry;
import cn.shuangyong.duallist.EntryKind;
import cn.shuangyong.duallist.EntrySide;
import cn.shuangyong.duallist.ListStage;
import cn.shuangyong.duallist.NewEntry;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists of a year, one list with its two sides, and filing on it. */
@Controller
class DualListPages {

	private final DualListQueries queries;

	private final DualLists lists;

	private final Directory directory;

	private final BusinessClock clock;

	DualListPages(DualListQueries queries, DualLists lists, Directory directory, BusinessClock clock) {
		this.queries = queries;
		this.lists = lists;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/dual-lists")
	String lists(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		int shown = year == null ? clock.today().getYear() : year;
		List<DualList> found = queries.lists(shown, null, user);
		model.addAttribute("year", shown);
		model.addAttribute("lists", found);
		model.addAttribute("canOpen", user.can(Permission.PLANS_PUBLISH) && user.regionLevel().compareTo(RegionLevel.COUNTY) <= 0
				&& found.stream().noneMatch(l -> l.regionCode().equals(user.regionCode())));
		return "duallist/lists";
	}

	@PostMapping("/dual-lists")
	String open(@RequestParam int year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			return "redirect:/dual-lists/" + lists.open(year, user);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problems", List.of(e.getMessage()));
		}
		return "redirect:/dual-lists?year=" + year;
	}

	@GetMapping("/dual-lists/{id}")
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		DualList list = queries.list(id, user);
		List<Entry> entries = queries.entries(id, user);
		boolean manages = manages(list, user);
		model.addAttribute("list", list);
		model.addAttribute("stages", ListStage.values());
		model.addAttribute("sides", EntrySide.values());
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("entries", entries.stream().collect(Collectors.groupingBy(Entry::side)));
		model.addAttribute("manages", manages);
		model.addAttribute("canFile", user.can(Permission.WORK_EDIT) && list.stage().compareTo(ListStage.ASSESSING) < 0);
		model.addAttribute("requestingUnits", manages ? directory.unitsIn(RegionCode.of(list.regionCode()))
				: directory.units(List.of(new UnitId(user.unitId()))));
		return "duallist/list";
	}

	@PostMapping("/dual-lists/{id}/next-stage")
	String advance(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/dual-lists/" + id, "duallist.stage.moved", () -> lists.advance(id, version, user));
	}

	@PostMapping("/dual-lists/{id}/entries")
	String file(@PathVariable long id, @RequestParam(required = false) String side,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) Long requestingUnitId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/dual-lists/" + id, "duallist.entry.filed", () -> lists.file(id,
				NewEntry.of(side, kind, title, description, requestingUnitId == null ? user.unitId() : requestingUnitId),
				user));
	}

	static boolean manages(DualList list, CurrentUser user) {
		return user.can(Permission.PLANS_PUBLISH) && user.regionCode().equals(list.regionCode());
	}
}
