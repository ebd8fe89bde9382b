package cn.shuangyong.beneficiaries.honours.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shuangyong.beneficiaries.visits.RosterKind;
import cn.shuangyong.beneficiaries.visits.Rosters;
import cn.shuangyong.beneficiaries.visits.TargetView;
import cn.shuangyong.beneficiaries.visits.VisitCampaigns;
import cn.shuangyong.beneficiaries.visits.VisitCommands.RecordVisit;
import cn.shuangyong.beneficiaries.visits.Visits;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outstanding list a station works from on a phone, each person with a short visit form, and the rosters to
 * download. After a visit is recorded the page returns to the list, which no longer holds that person.
 */
@Controller
class VisitPages {

	private final VisitCampaigns campaigns;

	private final Visits visits;

	private final Rosters rosters;

	private final HonoursNames names;

	private final BusinessClock clock;

	VisitPages(VisitCampaigns campaigns, Visits visits, Rosters rosters, HonoursNames names, BusinessClock clock) {
		this.campaigns = campaigns;
		this.visits = visits;
		this.rosters = rosters;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/beneficiaries/campaigns/{id}/outstanding")
	String outstanding(@PathVariable long id, @RequestParam(required = false) Long station,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		var campaign = campaigns.find(id, user);
		var found = visits.outstanding(id, station, Paging.of(page, null), user);
		var targets = found.content();
		model.addAttribute("campaign", campaign);
		model.addAttribute("found", found);
		model.addAttribute("targets", targets);
		model.addAttribute("station", visits.ownStation(user) != null ? visits.ownStation(user) : station);
		model.addAttribute("stationName", names.unit(visits.ownStation(user) != null ? visits.ownStation(user) : station));
		model.addAttribute("places", names.places(targets.stream().map(TargetView::regionCode).toList()));
		model.addAttribute("categoryNames", targets.stream().map(t -> names.categories(t.categories())).toList());
		model.addAttribute("today", clock.today());
		model.addAttribute("editor", user.can(Permission.WORK_EDIT));
		return "honours/outstanding";
	}

	@PostMapping("/beneficiaries/campaigns/{id}/targets/{target}/visit")
	String visit(@PathVariable long id, @PathVariable long target, @RequestParam(required = false) Long station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(defaultValue = "") String visitors, @RequestParam(required = false) BigDecimal money,
			@RequestParam(defaultValue = "") String goods, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String back = "/beneficiaries/campaigns/" + id + "/outstanding" + (station == null ? "" : "?station=" + station);
		return RedirectOutcome.run(redirect, back, "honours.visited.notice",
				() -> visits.record(target, new RecordVisit(visitedOn, visitors, money, goods, note), user));
	}

	@GetMapping("/beneficiaries/campaigns/{id}/rosters/{kind}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable RosterKind kind,
			@RequestParam(required = false) Long station, @AuthenticationPrincipal CurrentUser user) {
		return file(rosters.xlsx(id, kind, station, user), kind, "xlsx",
				Attachment.XLSX);
	}

	@GetMapping("/beneficiaries/campaigns/{id}/rosters/{kind}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable RosterKind kind,
			@RequestParam(required = false) Long station, @AuthenticationPrincipal CurrentUser user) {
		return file(rosters.pdf(id, kind, station, user), kind, "pdf", MediaType.APPLICATION_PDF);
	}

	private static ResponseEntity<byte[]> file(byte[] content, RosterKind kind, String extension, MediaType type) {
		return Attachment.named(kind.title() + "." + extension, type).body(content);
	}
}
