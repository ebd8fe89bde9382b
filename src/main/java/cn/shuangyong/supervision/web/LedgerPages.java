package cn.shuangyong.supervision.web;

import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.supervision.reporting.Ledger;
import cn.shuangyong.supervision.reporting.LedgerLine;
import cn.shuangyong.supervision.reporting.UnitAssessment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan's ledger and its lead units' assessment, on screen; the plans they can be opened for. */
@Controller
class LedgerPages {

	private final Ledger ledger;

	private final UnitAssessment assessment;

	private final WorkPlans plans;

	LedgerPages(Ledger ledger, UnitAssessment assessment, WorkPlans plans) {
		this.ledger = ledger;
		this.assessment = assessment;
		this.plans = plans;
	}

	@GetMapping("/supervision/plans")
	String plans(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("planGroups", plans.visibleByLevel(user));
		return "supervision/plans";
	}

	@GetMapping("/supervision/plans/{id}/ledger")
	String ledger(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("plan", plans.find(id, user));
		model.addAttribute("lines", ledger.of(id, user).stream().map(LedgerLine::of).toList());
		return "supervision/ledger";
	}

	@GetMapping("/supervision/plans/{id}/assessment")
	String assessment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("plan", plans.find(id, user));
		model.addAttribute("assessment", assessment.of(id, user));
		return "supervision/assessment";
	}
}
