package cn.shuangyong.modelcity.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.modelcity.Outputs;
import cn.shuangyong.modelcity.Ranking;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ranking of a round's candidates, and its downloads: score sheets and the recommendation report. */
@Controller
class RankingPages {

	private final Ranking ranking;

	private final Outputs outputs;

	private final BusinessClock clock;

	RankingPages(Ranking ranking, Outputs outputs, BusinessClock clock) {
		this.ranking = ranking;
		this.outputs = outputs;
		this.clock = clock;
	}

	@GetMapping("/model-city/ranking")
	String ranking(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		int shown = year == null ? clock.today().getYear() - Math.floorMod(clock.today().getYear() - 2020, 4) : year;
		model.addAttribute("view", ranking.of(shown, user));
		model.addAttribute("today", clock.today());
		model.addAttribute("office", user.can(Permission.PLANS_PUBLISH));
		model.addAttribute("addressee", user.can(Permission.PLANS_PUBLISH) ? outputs.defaultAddressee(user) : "");
		CampaignPages.problems(model);
		return "modelcity/ranking";
	}

	@GetMapping("/model-city/ranking/score-sheets.xlsx")
	ResponseEntity<byte[]> scoreSheets(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
		try {
			return Downloads.attachment(outputs.scoreSheets(year, user));
		}
		catch (ConflictException e) {
			return back(year);
		}
	}

	/** The report is a form post (it carries the document number); a refusal goes back to the ranking with the reason. */
	@PostMapping("/model-city/ranking/report.docx")
	Object report(@RequestParam int year, @RequestParam String docNumber, @RequestParam(defaultValue = "") String addressee,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			return Downloads.attachment(outputs.recommendationReport(year, new Outputs.ReportInput(docNumber, addressee, date), user));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problems", List.of(e.getMessage()));
		}
		return "redirect:/model-city/ranking?year=" + year;
	}

	private static ResponseEntity<byte[]> back(int year) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/model-city/ranking?year=" + year)
			.build();
	}
}
