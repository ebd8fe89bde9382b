package cn.shuangyong.beneficiaries.web;

import java.util.List;

import cn.shuangyong.beneficiaries.PersonAmendments;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's household from their edit page: join another household by its number, leave into one of their own,
 * become its head. The person must be in scope (else 404) and editable (else 403); a household number that does not
 * exist in the scope is a problem named on the page, not an error page.
 */
@Controller
class HouseholdPages {

	private final Registry registry;

	private final PersonAmendments amendments;

	HouseholdPages(Registry registry, PersonAmendments amendments) {
		this.registry = registry;
		this.amendments = amendments;
	}

	@PostMapping("/beneficiaries/{id}/household/join")
	String join(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String household,
			@RequestParam(required = false) Long householdId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		amendments.editable(id, user);
		// the page's picker sends the household chosen by its head's name; a typed number is still taken
		String number = householdId != null ? String.valueOf(householdId) : household.strip();
		if (number.isEmpty()) {
			redirect.addFlashAttribute("problems", List.of("户：请按户主姓名查找并选择要加入的户"));
			return "redirect:" + back(id);
		}
		if (!number.matches("\\d{1,18}")) {
			redirect.addFlashAttribute("problems", List.of("户号：请填写要加入的户的编号（数字），现为“" + number + "”"));
			return "redirect:" + back(id);
		}
		try {
			return RedirectOutcome.run(redirect, back(id), "registryedit.joined",
					() -> registry.joinHousehold(id, version, Long.parseLong(number), user));
		}
		catch (NotFoundException e) {
			redirect.addFlashAttribute("problems", List.of("户号：第 " + number + " 户不存在或不在您的数据范围内"));
			return "redirect:" + back(id);
		}
	}

	@PostMapping("/beneficiaries/{id}/household/leave")
	String leave(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		amendments.editable(id, user);
		return RedirectOutcome.run(redirect, back(id), "registryedit.left",
				() -> registry.leaveHousehold(id, version, user));
	}

	@PostMapping("/beneficiaries/{id}/household/head")
	String head(@PathVariable long id, @RequestParam long head, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		amendments.editable(id, user);
		return RedirectOutcome.run(redirect, back(id), "registryedit.headChanged",
				() -> registry.makeHead(id, head, user));
	}

	private static String back(long id) {
		return "/beneficiaries/" + id + "/edit";
	}
}
