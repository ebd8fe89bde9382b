package cn.shuangyong.pensions.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.pensions.NewStandard;
import cn.shuangyong.pensions.PensionCategory;
import cn.shuangyong.pensions.PensionStandards;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The standards page: the table in force on a chosen day with where each figure comes from, the standards published,
 * and for the provincial office a form to publish a new one, filled in with the amounts in force.
 */
@Controller
class PensionStandardPages {

	private final PensionStandards standards;

	PensionStandardPages(PensionStandards standards) {
		this.standards = standards;
	}

	@GetMapping("/pensions/standards")
	String standards(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var inForce = standards.inForce(date, user);
		model.addAttribute("inForce", inForce);
		model.addAttribute("disability", inForce.disability().stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.grade() + "/" + r.nature().name(), r -> r)));
		model.addAttribute("categories", inForce.categories().stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.category().name(), r -> r)));
		model.addAttribute("allCategories", PensionCategory.values());
		model.addAttribute("grades", java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList());
		model.addAttribute("natures", DisabilityNature.values());
		model.addAttribute("history", standards.history(user));
		model.addAttribute("mayPublish", standards.mayPublish(user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "pensions/standards";
	}

	@PostMapping("/pensions/standards")
	String publish(@RequestParam(defaultValue = "NATIONAL") String layer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String source,
			@RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String back = "/pensions/standards" + (effectiveOn == null ? "" : "?date=" + effectiveOn);
		return RedirectOutcome.run(redirect, back, "pensions.standard.published", () -> {
			List<String> problems = new ArrayList<>();
			List<NewStandard.Disability> disability = new ArrayList<>();
			for (int grade = 1; grade <= 10; grade++) {
				for (DisabilityNature nature : DisabilityNature.values()) {
					BigDecimal amount = amount(params.get("d." + grade + "." + nature.name()),
							grade + " 级" + nature.chinese(), problems);
					if (amount != null) {
						disability.add(new NewStandard.Disability(grade, nature.name(), amount));
					}
				}
			}
			List<NewStandard.Category> categories = new ArrayList<>();
			for (PensionCategory category : PensionCategory.values()) {
				BigDecimal amount = amount(params.get("c." + category.name()), category.chinese(), problems);
				if (amount != null) {
					categories.add(new NewStandard.Category(category.name(), amount));
				}
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			standards.publish(NewStandard.of(layer, effectiveOn, title, source, disability, categories), user);
		});
	}

	/** A blank field leaves the key to the standard before; anything else must be a sum in yuan. */
	private static BigDecimal amount(String text, String where, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException e) {
			problems.add(where + "：应填每年金额（元），只填数字，如 7200 或 7200.50，「" + text.strip() + "」不符合");
			return null;
		}
	}
}
