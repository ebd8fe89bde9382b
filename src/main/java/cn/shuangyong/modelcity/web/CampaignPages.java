package cn.shuangyong.modelcity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.modelcity.Campaign;
import cn.shuangyong.modelcity.CampaignOpening;
import cn.shuangyong.modelcity.CampaignRecords;
import cn.shuangyong.modelcity.CampaignStage;
import cn.shuangyong.modelcity.Campaigns;
import cn.shuangyong.modelcity.Outputs;
import cn.shuangyong.modelcity.PlatformEvidence;
import cn.shuangyong.modelcity.Standards;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.People;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaigns list with its stage badges, opening a campaign, and the campaign page with its stepper. */
@Controller
class CampaignPages {

	private final Campaigns campaigns;

	private final CampaignOpening opening;

	private final Standards standards;

	private final Outputs outputs;

	private final Directory directory;

	private final BusinessClock clock;

	private final People people;

	private final PlatformEvidence platformEvidence;

	CampaignPages(Campaigns campaigns, CampaignOpening opening, Standards standards, Outputs outputs,
			Directory directory, BusinessClock clock, People people, PlatformEvidence platformEvidence) {
		this.platformEvidence = platformEvidence;
		this.people = people;
		this.campaigns = campaigns;
		this.opening = opening;
		this.standards = standards;
		this.outputs = outputs;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/model-city")
	String list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("campaigns", campaigns.list(year, user));
		model.addAttribute("year", year);
		model.addAttribute("roundYear", roundYear());
		model.addAttribute("mayOpen", CampaignOpening.mayOpen(user));
		model.addAttribute("candidates", candidates(user));
		problems(model);
		return "modelcity/campaigns";
	}

	@PostMapping("/model-city/campaigns")
	String open(@RequestParam String regionCode, @RequestParam int year, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long[] id = { 0 };
		String back = RedirectOutcome.run(redirect, "/model-city", "modelcity.opened",
				() -> id[0] = opening.open(regionCode, year, user));
		return id[0] > 0 ? "redirect:/model-city/campaigns/" + id[0] : back;
	}

	@GetMapping("/model-city/campaigns/{id}")
	String campaign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Campaign campaign = campaigns.find(id, user);
		model.addAttribute("campaign", campaign);
		model.addAttribute("summary", campaigns.summary(id, user));
		model.addAttribute("evidence", platformEvidence.of(id, user));
		List<CampaignRecords.ScoreRow> rows = campaigns.scoreSheet(id, user);
		model.addAttribute("areas", rows.stream()
			.collect(Collectors.groupingBy(r -> r.areaCode() + " " + r.areaTitle(), java.util.LinkedHashMap::new,
					Collectors.toList())));
		model.addAttribute("standard", standards.find(campaign.standardId()));
		model.addAttribute("visits", campaigns.siteVisits(id));
		model.addAttribute("vetoes", campaigns.vetoFindings(id));
		model.addAttribute("objections", campaigns.objections(id));
		model.addAttribute("announcement", campaigns.announcement(id).orElse(null));
		model.addAttribute("checks", campaigns.checks(id));
		List<CampaignRecords.Event> timeline = campaigns.timeline(id);
		model.addAttribute("timeline", timeline);
		model.addAttribute("who", people.named(timeline.stream().map(CampaignRecords.Event::actor).toList()));
		model.addAttribute("steps", List.of(CampaignStage.SELF_ASSESSMENT, CampaignStage.UNDER_REVIEW,
				CampaignStage.PUBLIC_NOTICE, CampaignStage.RECOMMENDED, CampaignStage.NAMED));
		model.addAttribute("today", clock.today());
		Campaigns.Roles roles = campaigns.roles(campaign, user);
		CampaignStage stage = campaign.stage();
		model.addAttribute("maySelfAssess", roles.candidate() && stage == CampaignStage.SELF_ASSESSMENT);
		model.addAttribute("mayReview", roles.reviewer() && stage == CampaignStage.UNDER_REVIEW);
		model.addAttribute("mayRunNotice", roles.reviewer() && stage == CampaignStage.PUBLIC_NOTICE);
		model.addAttribute("mayName", roles.province() && stage == CampaignStage.RECOMMENDED);
		model.addAttribute("mayCheck", (roles.province() || roles.reviewer()) && stage == CampaignStage.NAMED);
		model.addAttribute("mayWithdraw", roles.province() && stage == CampaignStage.NAMED);
		problems(model);
		return "modelcity/campaign";
	}

	@GetMapping("/model-city/campaigns/{id}/score-sheet.xlsx")
	ResponseEntity<byte[]> scoreSheet(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Downloads.attachment(outputs.scoreSheet(id, user));
	}

	@GetMapping("/model-city/campaigns/{id}/files/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId,
			@AuthenticationPrincipal CurrentUser user) {
		return Downloads.attachment(campaigns.evidence(id, fileId, user));
	}

	/** The round of the business year: rounds come every four years from 2020. */
	private int roundYear() {
		int year = clock.today().getYear();
		return year - Math.floorMod(year - 2020, 4);
	}

	/** The regions this office may open a campaign for: its own (if a city or county) and those just below it. */
	private List<Region> candidates(CurrentUser user) {
		if (!CampaignOpening.mayOpen(user)) {
			return List.of();
		}
		RegionCode own = RegionCode.of(user.regionCode());
		List<Region> regions = new ArrayList<>();
		if (own.level() == RegionLevel.PREFECTURE || own.level() == RegionLevel.COUNTY) {
			directory.region(own).ifPresent(regions::add);
		}
		if (own.level() == RegionLevel.PROVINCE || own.level() == RegionLevel.PREFECTURE) {
			regions.addAll(directory.children(own));
		}
		return regions;
	}

	static void problems(Model model) {
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
	}

}
