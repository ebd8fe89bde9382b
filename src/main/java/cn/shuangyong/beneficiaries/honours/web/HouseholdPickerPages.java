package cn.shuangyong.beneficiaries.honours.web;

import java.util.List;

import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.beneficiaries.honours.Households;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The household picker of the honours forms (悬挂申请, 立功喜报): a household is found by its head's name and shown
 * with the head's masked ID number, within the user's scope. The name goes in a POST body, never in a URL, where it
 * would stay in access logs and the browser's history; only the chosen household's number travels in one.
 */
@Controller
class HouseholdPickerPages {

	static final int MATCHES = 20;

	private final Households households;

	private final HonoursNames names;

	HouseholdPickerPages(Households households, HonoursNames names) {
		this.households = households;
		this.names = names;
	}

	@PostMapping("/beneficiaries/household-picker/matches")
	String matches(@RequestParam(name = "householdQuery", defaultValue = "") String text,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Households.Headed> found = households.headedBy(text, user, MATCHES);
		model.addAttribute("query", text.strip());
		model.addAttribute("matches", found);
		model.addAttribute("places", names.places(found.stream().map(Households.Headed::regionCode).toList()));
		return "honours/household-picker :: matches";
	}

	/** The picker with a household chosen, or empty again when none is given. */
	@GetMapping("/beneficiaries/household-picker")
	String picker(@RequestParam(required = false) Long householdId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		user.require(HonoursAccess.READ);
		if (householdId != null) {
			Households.Headed chosen = households.headed(householdId, user);
			model.addAttribute("chosenHousehold", chosen);
			model.addAttribute("chosenPlace", names.place(chosen.regionCode()));
		}
		return "honours/household-picker :: picker";
	}
}
