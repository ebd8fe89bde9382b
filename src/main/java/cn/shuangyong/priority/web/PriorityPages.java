package cn.shuangyong.priority.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.priority.CampaignBoard;
import cn.shuangyong.priority.CampaignExport;
import cn.shuangyong.priority.CampaignPhase;
import cn.shuangyong.priority.Inspections;
import cn.shuangyong.priority.NewCampaign;
import cn.shuangyong.priority.PriorityQueries;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaigns list and a campaign's board: its places, spot-check draws, findings and compliance figures. */
@Controller
class PriorityPages {

	private final PriorityQueries queries;

	private final Inspections inspections;

	private final CampaignExport export;

	PriorityPages(PriorityQueries queries, Inspections inspections, CampaignExport export) {
		this.export = export;
		this.queries = queries;
		this.inspections = inspections;
	}

	@GetMapping("/priority")
	String campaigns(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("campaigns", queries.campaigns(year, Paging.of(page, null), user));
		model.addAttribute("year", year);
		model.addAttribute("canOpen", user.can(Permission.PLANS_PUBLISH));
		return "priority/campaigns";
	}

	@PostMapping("/priority/campaigns")
	String open(@RequestParam(required = false) Integer year, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfCheckBy,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long[] opened = new long[1];
		String back = RedirectOutcome.run(redirect, "/priority", "priority.campaign.opened",
				() -> opened[0] = inspections.openCampaign(NewCampaign.of(year, title, startsOn, selfCheckBy), user));
		return opened[0] == 0 ? back : "redirect:/priority/campaigns/" + opened[0];
	}

	@GetMapping("/priority/campaigns/{id}")
	String board(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CampaignBoard board = queries.board(id, user);
		model.addAttribute("board", board);
		model.addAttribute("organiser", user.can(Permission.PLANS_PUBLISH) && user.unitId() == board.campaign().officeUnitId());
		model.addAttribute("inspector", user.can(Permission.PLANS_PUBLISH));
		model.addAttribute("unitId", user.unitId());
		return "priority/board";
	}

	@GetMapping("/priority/campaigns/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Attachment.xlsx("军人依法优先检查情况.xlsx", export.xlsx(id, user));
	}

	@GetMapping("/priority/campaigns/{id}/bulletin.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Attachment.docx("军人依法优先检查情况通报.docx", export.docx(id, user));
	}

	@PostMapping("/priority/campaigns/{id}/phase")
	String advance(@PathVariable long id, @RequestParam(required = false) String phase,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/campaigns/" + id, "priority.phase.moved",
				() -> inspections.advance(id, CampaignPhase.parse(phase), version == null ? -1 : version, user));
	}

	@PostMapping("/priority/campaigns/{id}/draws")
	String draw(@PathVariable long id, @RequestParam(required = false) Integer count,
			@RequestParam(required = false) Long seed, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/campaigns/" + id, "priority.draw.done",
				() -> inspections.draw(id, count == null ? 0 : count, seed, user));
	}

	@PostMapping("/priority/campaigns/{id}/spot-checks")
	String choose(@PathVariable long id, @RequestParam(required = false) List<Long> placeIds,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/campaigns/" + id, "priority.spot.chosen",
				() -> inspections.chooseByHand(id, placeIds, user));
	}

	/** A self-check task's link back: the campaign's board. */
	@GetMapping("/priority/self-checks/{id}")
	String selfCheck(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return "redirect:/priority/campaigns/" + inspections.campaignOfSelfCheck(id, user);
	}

	/** A rectification task's link back: the finding on its place's history. */
	@GetMapping("/priority/findings/{id}")
	String finding(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var finding = queries.finding(id, user);
		return "redirect:/priority/places/" + finding.placeId() + "#finding-" + finding.id();
	}
}
