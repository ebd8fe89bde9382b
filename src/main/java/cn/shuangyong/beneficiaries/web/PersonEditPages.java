package cn.shuangyong.beneficiaries.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.PersonAmendments;
import cn.shuangyong.beneficiaries.PersonDraft;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.beneficiaries.PersonalField;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's edit form, reached from their page. Stored personal values stay masked (blank keeps them, the reveal on
 * the form is audited as on the person's page); bad input comes back on the form, as typed, with each problem named
 * and nothing saved; the version read with the form stops a second editor overwriting the first.
 */
@Controller
class PersonEditPages {

	private final PersonAmendments amendments;

	private final Registry registry;

	private final CategoryCatalogue catalogue;

	private final BusinessClock clock;

	PersonEditPages(PersonAmendments amendments, Registry registry, CategoryCatalogue catalogue, BusinessClock clock) {
		this.amendments = amendments;
		this.registry = registry;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/beneficiaries/{id}/edit")
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletResponse response) {
		BeneficiariesApi.noStore(response);
		PersonRecord person = amendments.editable(id, user);
		PersonDraft draft = new PersonDraft(person.name(), "", "", "", "",
				String.join("、", person.categories().stream().map(catalogue::label).toList()),
				person.disabilityGrade() == null ? "" : person.disabilityGrade().toString(), person.regionCode());
		@SuppressWarnings("unchecked")
		List<String> flashed = (List<String>) model.asMap().getOrDefault("problems", List.of());
		return show(model, person, person.version(), draft, Set.of(), flashed, user);
	}

	@PostMapping("/beneficiaries/{id}/edit")
	String save(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String bankAccount,
			@RequestParam(name = "category", required = false) List<String> categories,
			@RequestParam(defaultValue = "") String disabilityGrade, @RequestParam(defaultValue = "") String regionCode,
			@RequestParam(name = "clear", required = false) List<PersonalField> clear,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		BeneficiariesApi.noStore(response);
		PersonRecord person = amendments.editable(id, user);
		PersonDraft draft = new PersonDraft(name, idNumber, phone, address, bankAccount,
				String.join("、", categories == null ? List.of() : categories), disabilityGrade, regionCode);
		Set<PersonalField> cleared = clear == null || clear.isEmpty() ? Set.of() : EnumSet.copyOf(clear);
		try {
			Registry.Registered saved = amendments.amend(id, version, draft, cleared, user);
			redirect.addFlashAttribute("notice", "registryedit.saved");
			redirect.addFlashAttribute("warnings", saved.warnings());
			return "redirect:/beneficiaries/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			return show(model, person, version, draft, cleared, e.problems(), user);
		}
		catch (ConflictException e) {
			response.setStatus(409);
			return show(model, person, version, draft, cleared, List.of(e.getMessage()), user);
		}
	}

	private String show(Model model, PersonRecord person, int version, PersonDraft draft, Set<PersonalField> cleared,
			List<String> problems, CurrentUser user) {
		model.addAttribute("person", person);
		model.addAttribute("household", person.householdId() == 0 ? null : registry.household(person.householdId(), user));
		model.addAttribute("version", version);
		model.addAttribute("draft", draft);
		model.addAttribute("chosen", List.of(draft.categories().split("、")));
		model.addAttribute("cleared", cleared);
		model.addAttribute("problems", problems);
		model.addAttribute("categories", catalogue.inForceOn(clock.today()));
		model.addAttribute("fields", PersonalField.values());
		model.addAttribute("mayReveal", user.can(Permission.PERSONAL_DATA_REVEAL));
		return "beneficiaries/edit";
	}
}
