package cn.shuangyong.priority.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.shuangyong.priority.ChecklistEdition;
import cn.shuangyong.priority.Checklists;
import cn.shuangyong.priority.NewChecklistEdition;
import cn.shuangyong.priority.Sector;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sectors' checklist editions, each item with its clause or the note that none is known, the edition in force
 * today marked; the provincial office publishes a new edition here, one item a line.
 */
@Controller
class ChecklistPages {

	private final Checklists checklists;

	private final BusinessClock clock;

	ChecklistPages(Checklists checklists, BusinessClock clock) {
		this.checklists = checklists;
		this.clock = clock;
	}

	@GetMapping("/priority/checklists")
	String editions(@AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.WORK_READ);
		List<ChecklistEdition> editions = checklists.editions();
		Map<Sector, List<ChecklistEdition>> bySector = editions.stream().collect(Collectors.groupingBy(
				ChecklistEdition::sector, TreeMap::new, Collectors.toList()));
		model.addAttribute("sectors", bySector);
		model.addAttribute("inForce", Arrays.stream(Sector.values()).map(s -> checklists.inForce(s, clock.today()))
			.flatMap(Optional::stream).map(ChecklistEdition::id).toList());
		model.addAttribute("allSectors", Sector.values());
		model.addAttribute("canPublish",
				user.can(Permission.PLANS_PUBLISH) && user.regionLevel() == RegionLevel.PROVINCE);
		return "priority/checklists";
	}

	/**
	 * Each line of {@code items} is one item: its text, then after a vertical bar the clause, then after another the
	 * note that no clause is known (检查项 | 条款 | 说明).
	 */
	@PostMapping("/priority/checklists")
	String publish(@RequestParam(required = false) String sector,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String items,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/checklists", "priority.checklist.published",
				() -> checklists.publish(NewChecklistEdition.of(sector, effectiveFrom, basis, lines(items)), user));
	}

	static List<NewChecklistEdition.Item> lines(String items) {
		List<NewChecklistEdition.Item> parsed = new ArrayList<>();
		if (items == null) {
			return parsed;
		}
		for (String line : items.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("[|｜]", -1);
			parsed.add(new NewChecklistEdition.Item(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
					parts.length > 2 ? parts[2].strip() : null));
		}
		return parsed;
	}
}
