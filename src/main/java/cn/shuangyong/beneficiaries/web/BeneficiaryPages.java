package cn.shuangyong.beneficiaries.web;

import java.util.List;

import cn.shuangyong.beneficiaries.Beneficiaries;
import cn.shuangyong.beneficiaries.BeneficiaryFilter;
import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.Disclosure;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.beneficiaries.PersonalField;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DemoMode;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of people with filters, and a person's page with the reveal of one value. Both carry the watermark and
 * are not cached; every view of a person is recorded.
 */
@Controller
class BeneficiaryPages {

	private final Beneficiaries beneficiaries;

	private final Registry registry;

	private final Disclosure disclosure;

	private final CategoryCatalogue catalogue;

	private final Directory directory;

	private final BusinessClock clock;

	private final DemoMode demo;

	BeneficiaryPages(Beneficiaries beneficiaries, Registry registry, Disclosure disclosure,
			CategoryCatalogue catalogue, Directory directory, BusinessClock clock, DemoMode demo) {
		this.beneficiaries = beneficiaries;
		this.registry = registry;
		this.disclosure = disclosure;
		this.catalogue = catalogue;
		this.directory = directory;
		this.clock = clock;
		this.demo = demo;
	}

	@GetMapping("/beneficiaries")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PersonInUrl.refuse(request);
		return list(new BeneficiaryFilter(region, category, null, null), page, user, model, response);
	}

	/**
	 * The filter form posts, so that a name or an ID number typed into it stays out of the URL; the page it answers
	 * with pages on and exports through forms that post the name again, and never the number.
	 */
	@PostMapping("/beneficiaries")
	String search(@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PersonInUrl.refuse(request);
		return list(new BeneficiaryFilter(region, category, name, idNumber), page, user, model, response);
	}

	private String list(BeneficiaryFilter filter, int page, CurrentUser user, Model model,
			HttpServletResponse response) {
		BeneficiariesApi.noStore(response);
		model.addAttribute("filter", filter);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		try {
			model.addAttribute("found", beneficiaries.search(filter, Paging.of(page, null), user));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			model.addAttribute("found", beneficiaries.search(BeneficiaryFilter.all(), Paging.first(), user));
		}
		@SuppressWarnings("unchecked")
		var found = (cn.shuangyong.shared.ListPage<PersonRecord>) model.getAttribute("found");
		model.addAttribute("places", places(found.content()));
		RegionCode scope = new RegionCode(user.regionCode());
		model.addAttribute("scopeRegion", directory.region(scope).orElseThrow());
		model.addAttribute("categories", catalogue.inForceOn(clock.today()));
		model.addAttribute("olderCategories", catalogue.all().stream().filter(c -> !c.inForceOn(clock.today())).toList());
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("demo", demo.enabled());
		model.addAttribute("mayExport", user.can(Permission.PERSONAL_DATA_EXPORT));
		model.addAttribute("mayEdit", user.can(Permission.PERSONAL_DATA_EDIT));
		return "beneficiaries/list";
	}

	@GetMapping("/beneficiaries/{id}")
	String person(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletResponse response) {
		BeneficiariesApi.noStore(response);
		PersonRecord person = registry.person(id, user);
		disclosure.viewed(person, user);
		model.addAttribute("person", person);
		model.addAttribute("household", person.householdId() == 0 ? null : registry.household(person.householdId(), user));
		model.addAttribute("lineage", directory.lineage(new RegionCode(person.regionCode())));
		model.addAttribute("station", person.stationUnitId() == null ? null
				: directory.unit(new cn.shuangyong.directory.UnitId(person.stationUnitId())).orElse(null));
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("fields", PersonalField.values());
		model.addAttribute("mayReveal", user.can(Permission.PERSONAL_DATA_REVEAL));
		model.addAttribute("mayEdit", user.can(Permission.PERSONAL_DATA_EDIT));
		model.addAttribute("today", clock.today());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		model.addAttribute("demo", demo.enabled());
		return "beneficiaries/person";
	}

	/** The revealed value as a fragment for htmx, shown once and never stored in the page's state. */
	@PostMapping("/beneficiaries/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam String field, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
		BeneficiariesApi.noStore(response);
		PersonalField which = BeneficiariesApi.field(field);
		model.addAttribute("field", which);
		try {
			String value = disclosure.reveal(id, which, reason, user);
			model.addAttribute("value", value);
			model.addAttribute("problem", null);
		}
		catch (InvalidInputException e) {
			model.addAttribute("problem", e.getMessage());
		}
		catch (org.springframework.web.server.ResponseStatusException e) {
			model.addAttribute("problem", e.getReason());
		}
		return "beneficiaries/fragments :: revealed";
	}

	/**
	 * Where each listed person lives, by name from the county down (禄丰市金山镇…), not by division code: officials
	 * know places by name; the code stays on the person's page and in the exports.
	 */
	private java.util.Map<String, String> places(List<PersonRecord> people) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		for (PersonRecord person : people) {
			names.computeIfAbsent(person.regionCode(), code -> {
				List<cn.shuangyong.directory.Region> lineage = directory.lineage(new RegionCode(code));
				return lineage.isEmpty() ? code : String.join("", lineage.stream()
					.skip(Math.min(2, lineage.size() - 1)).map(cn.shuangyong.directory.Region::name).toList());
			});
		}
		return names;
	}
}
