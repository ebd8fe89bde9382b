package cn.shuangyong.pensions.web;

import java.util.List;

import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.pensions.accounts.PensionAccount;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.pensions.accounts.PensionAccounts;
import cn.shuangyong.pensions.rolls.AccountPayment;
import cn.shuangyong.pensions.rolls.PaymentRolls;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's pension page: each account (what for, from which month, on which decision) and every month it was
 * rolled, with what each line paid back or took back of earlier months and why. Outside the reader's scope it is a 404,
 * as the registry's own page is.
 */
@Controller
class PensionPersonPages {

	private final Registry registry;

	private final PensionAccounts accounts;

	private final PaymentRolls rolls;

	PensionPersonPages(Registry registry, PensionAccounts accounts, PaymentRolls rolls) {
		this.registry = registry;
		this.accounts = accounts;
		this.rolls = rolls;
	}

	@GetMapping("/pensions/people/{personId}")
	String person(@PathVariable long personId, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<PensionAccount> held = accounts.ofPerson(personId, user);
		PersonRecord person;
		try {
			person = registry.person(personId, user);
		}
		catch (NotFoundException movedAway) {
			person = null; // a county the person left reads the history it paid, not the registry record
		}
		model.addAttribute("person", person);
		model.addAttribute("accounts", held.stream().map(a -> new AccountHistory(a, rolls.payments(a))).toList());
		return "pensions/person";
	}

	/** An account with its payments, newest first. */
	record AccountHistory(PensionAccount account, List<AccountPayment> payments) {
	}
}
