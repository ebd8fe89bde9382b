package cn.shuangyong.beneficiaries.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.PersonDraft;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
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

/**
 * Registering a person by hand, and moving, removing or recording the death of one from their page. Bad input comes back on the form with
 * every problem named; nothing is saved.
 */
@Controller
class RegistrationPages {

	private final Registry registry;

	private final CategoryCatalogue catalogue;

	private final BusinessClock clock;

	RegistrationPages(Registry registry, CategoryCatalogue catalogue, BusinessClock clock) {
		this.registry = registry;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/beneficiaries/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.PERSONAL_DATA_EDIT);
		return show(model, new PersonDraft("", "", "", "", "", "", "", ""), List.of(), List.of());
	}

	@PostMapping("/beneficiaries/new")
	String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String address,
			@RequestParam(defaultValue = "") String bankAccount,
			@RequestParam(name = "category", required = false) List<String> categories,
			@RequestParam(defaultValue = "") String disabilityGrade, @RequestParam(defaultValue = "") String regionCode,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		List<String> chosen = categories == null ? List.of() : categories;
		PersonDraft draft = new PersonDraft(name, idNumber, phone, address, bankAccount, String.join("、", chosen),
				disabilityGrade, regionCode);
		try {
			Registry.Registered registered = registry.register(draft, null, user);
			redirect.addFlashAttribute("notice", "registry.registered");
			redirect.addFlashAttribute("warnings", registered.warnings());
			return "redirect:/beneficiaries/" + registered.person().id();
		}
		catch (InvalidInputException e) {
			return show(model, draft, chosen, e.problems());
		}
		catch (ConflictException e) {
			return show(model, draft, chosen, List.of(e.getMessage()));
		}
	}

	@PostMapping("/beneficiaries/{id}/move")
	String move(@PathVariable long id, @RequestParam int version, @RequestParam String regionCode,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/beneficiaries/" + id, "registry.moved",
				() -> registry.move(id, version, regionCode, user));
	}

	@PostMapping("/beneficiaries/{id}/remove")
	String remove(@PathVariable long id, @RequestParam int version, @RequestParam String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PersonRecord person = registry.person(id, user);
		try {
			registry.remove(id, version, reason, user);
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("problems", List.of(e.getMessage()));
			return "redirect:/beneficiaries/" + person.id();
		}
		redirect.addFlashAttribute("notice", "registry.removed");
		return "redirect:/beneficiaries";
	}

	/** Records a death from the person's page; the date is typed as yyyy-MM-dd (a date input sends that). */
	@PostMapping("/beneficiaries/{id}/death")
	String recordDeath(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String diedOn,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PersonRecord person = registry.person(id, user);
		try {
			registry.recordDeath(id, version, date(diedOn), user);
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("problems", List.of(e.getMessage()));
			return "redirect:/beneficiaries/" + person.id();
		}
		redirect.addFlashAttribute("notice", "registry.died");
		return "redirect:/beneficiaries";
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("死亡日期“" + text.strip() + "”格式不对，应为 年-月-日，如 2020-09-30");
		}
	}

	private String show(Model model, PersonDraft draft, List<String> chosen, List<String> problems) {
		model.addAttribute("draft", draft);
		model.addAttribute("chosen", chosen);
		model.addAttribute("problems", problems);
		model.addAttribute("categories", catalogue.inForceOn(clock.today()));
		return "beneficiaries/new";
	}
}
