package cn.shuangyong.beneficiaries.honours.web;

import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.visits.CampaignKind;
import cn.shuangyong.beneficiaries.visits.VisitCampaigns;
import cn.shuangyong.beneficiaries.visits.VisitCommands.OpenCampaign;
import cn.shuangyong.beneficiaries.visits.Visits;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Visit campaigns: the list with the opening form, and one campaign's figures per county and per station. */
@Controller
class VisitCampaignPages {

	private static final String PAGE = "/beneficiaries/campaigns";

	private final VisitCampaigns campaigns;

	private final Visits visits;

	private final CategoryCatalogue catalogue;

	private final HonoursNames names;

	private final BusinessClock clock;

	private final org.springframework.context.MessageSource texts;

	VisitCampaignPages(VisitCampaigns campaigns, Visits visits, CategoryCatalogue catalogue, HonoursNames names,
			BusinessClock clock, org.springframework.context.MessageSource texts) {
		this.texts = texts;
		this.campaigns = campaigns;
		this.visits = visits;
		this.catalogue = catalogue;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String list(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var found = campaigns.visible(user, Paging.of(page, null));
		var list = found.content();
		model.addAttribute("found", found);
		model.addAttribute("campaigns", list);
		model.addAttribute("regions", names.places(list.stream().map(c -> c.regionCode()).toList()));
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("categories", catalogue.all());
		model.addAttribute("year", clock.today().getYear());
		model.addAttribute("mayOpen", user.can(Permission.PLANS_PUBLISH));
		return "honours/campaigns";
	}

	@PostMapping(PAGE)
	String open(OpenCampaign form, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE, "honours.saved", () -> campaigns.open(form, user));
	}

	@GetMapping(PAGE + "/{id}")
	String campaign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var campaign = campaigns.find(id, user);
		var counties = campaigns.countyFigures(id, user);
		var stations = visits.outstandingByStation(id, user);
		model.addAttribute("campaign", campaign);
		model.addAttribute("ruleCategories", names.categories(campaign.rule().categories()));
		model.addAttribute("ruleSentence", RuleSentence.of(campaign, names.categories(campaign.rule().categories()),
				campaign.rule().region() == null ? null : names.region(campaign.rule().region()), texts,
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("counties", counties);
		model.addAttribute("countyNames", names.places(counties.stream().map(VisitCampaigns.CountyFigures::countyCode).toList()));
		model.addAttribute("stations", stations);
		model.addAttribute("stationNames", names.units(stations.stream().map(Visits.StationOutstanding::stationUnitId).toList()));
		model.addAttribute("mayDraw", user.can(Permission.PLANS_PUBLISH) && user.covers(campaign.regionCode()));
		model.addAttribute("mayExport", user.can(Permission.WORK_EDIT));
		model.addAttribute("ownStation", visits.ownStation(user));
		return "honours/campaign";
	}

	@PostMapping(PAGE + "/{id}/draw")
	String draw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE + "/" + id, "honours.drawn", () -> campaigns.drawTargets(id, user));
	}
}
