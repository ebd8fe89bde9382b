package cn.shuangyong.accounts.web;

import java.util.Arrays;
import java.util.List;

import cn.shuangyong.accounts.AccountAdministration;
import cn.shuangyong.accounts.AccountView;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.accounts.SignedInUser;
import cn.shuangyong.accounts.UnitChoice;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration: the list in scope, a new account, and the actions on one account. Only the system and
 * security administrators come here; the service checks, per account, what each of them may do.
 */
@Controller
@PreAuthorize("hasAnyAuthority(T(cn.shuangyong.shared.Permission).ACCOUNTS_MANAGE.name(),"
		+ " T(cn.shuangyong.shared.Permission).ROLES_ASSIGN.name())")
class AccountPages {

	private final AccountAdministration administration;

	private final Directory directory;

	private final UnitChoice units;

	AccountPages(AccountAdministration administration, Directory directory, UnitChoice units) {
		this.administration = administration;
		this.directory = directory;
		this.units = units;
	}

	@GetMapping("/accounts")
	String list(@RequestParam(required = false) Long unit, @AuthenticationPrincipal SignedInUser user, Model model) {
		List<AccountView> accounts = administration.list(user, unit);
		model.addAttribute("accounts", accounts);
		model.addAttribute("unitNames", directory.units(accounts.stream().map(a -> new UnitId(a.unitId())).distinct()
			.toList()).stream().collect(java.util.stream.Collectors.toMap(u -> u.id().value(), Unit::name)));
		return "accounts/list";
	}

	@GetMapping("/accounts/new")
	String newAccount(@RequestParam(required = false) String unit, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		return form(model, AccountForm.empty(unit), List.of(), user);
	}

	@PostMapping("/accounts")
	String create(AccountForm form, @AuthenticationPrincipal SignedInUser user, Model model) {
		try {
			Unit unit = units.resolve(form.unitName(), user, "");
			long id = administration.create(form.command(unit.id().value()), user);
			return "redirect:/accounts/" + id;
		}
		catch (InvalidInputException e) {
			return form(model, form, e.problems(), user);
		}
		catch (ConflictException e) {
			return form(model, form, List.of(e.getMessage()), user);
		}
	}

	@GetMapping("/accounts/{id}")
	String account(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		AccountView account = administration.find(id, user);
		model.addAttribute("account", account);
		model.addAttribute("unit", directory.unit(new UnitId(account.unitId())).orElse(null));
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "accounts/account";
	}

	@PostMapping("/accounts/{id}/disable")
	String disable(@PathVariable long id, @RequestParam(required = false) Integer version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.disable(id, version, user));
	}

	@PostMapping("/accounts/{id}/enable")
	String enable(@PathVariable long id, @RequestParam(required = false) Integer version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.enable(id, version, user));
	}

	@PostMapping("/accounts/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam(required = false) Integer version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.unlock(id, version, user));
	}

	@PostMapping("/accounts/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam String password,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.resetPassword(id, version, password, user));
	}

	@PostMapping("/accounts/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam Role role,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.changeRole(id, version, role, user));
	}

	@GetMapping("/accounts/{id}/totp")
	String totp(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("totpUri", administration.totpUri(id, user));
		return "redirect:/accounts/" + id;
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		return RedirectOutcome.run(redirect, "/accounts/" + id, "accounts.saved", action);
	}

	private String form(Model model, AccountForm form, List<String> problems, SignedInUser user) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("roles", Arrays.stream(Role.values())
			.filter(r -> user.can(cn.shuangyong.shared.Permission.ROLES_ASSIGN) || !r.administrator()).toList());
		return "accounts/new";
	}
}
