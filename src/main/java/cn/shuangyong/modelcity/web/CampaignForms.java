package cn.shuangyong.modelcity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.modelcity.Naming;
import cn.shuangyong.modelcity.PublicNotice;
import cn.shuangyong.modelcity.Reviewing;
import cn.shuangyong.modelcity.SelfAssessment;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.shared.web.UploadedFileName;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the campaign page, one per move of the campaign's life; each goes back to the page with a notice, or
 * with the Chinese problems and nothing changed.
 */
@Controller
@RequestMapping("/model-city/campaigns/{id}")
class CampaignForms {

	private final SelfAssessment selfAssessment;

	private final Reviewing reviewing;

	private final PublicNotice notice;

	private final Naming naming;

	CampaignForms(SelfAssessment selfAssessment, Reviewing reviewing, PublicNotice notice, Naming naming) {
		this.selfAssessment = selfAssessment;
		this.reviewing = reviewing;
		this.notice = notice;
		this.naming = naming;
	}

	@PostMapping("/self-assessment")
	String selfAssess(@PathVariable long id, @RequestParam Map<String, String> fields,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "save") String then,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> {
			int saved = selfAssessment.save(id, version, ScoreForm.read(fields), user);
			if ("submit".equals(then)) {
				selfAssessment.submit(id, saved, user);
			}
		});
	}

	@PostMapping("/evidence")
	String attach(@PathVariable long id, @RequestParam long indicatorId, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.attached", () -> {
			try {
				selfAssessment.attach(id, indicatorId, UploadedFileName.of(file), file.getBytes(), user);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	@PostMapping("/evidence/{fileId}/delete")
	String detach(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> selfAssessment.detach(id, fileId, user));
	}

	@PostMapping("/review")
	String review(@PathVariable long id, @RequestParam Map<String, String> fields,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> reviewing.score(id, version, ScoreForm.read(fields), user));
	}

	@PostMapping("/site-visits")
	String siteVisit(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam String place, @RequestParam String members, @RequestParam String findings,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved",
				() -> reviewing.recordSiteVisit(id, new Reviewing.SiteVisitInput(visitedOn, place, members, findings), user));
	}

	@PostMapping("/vetoes")
	String veto(@PathVariable long id, @RequestParam(required = false) Long vetoItemId, @RequestParam String grounds,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> {
			if (vetoItemId == null) {
				throw new InvalidInputException("请选择一票否决项");
			}
			reviewing.findVeto(id, version, vetoItemId, grounds, user);
		});
	}

	@PostMapping("/vetoes/{vetoItemId}/clear")
	String clearVeto(@PathVariable long id, @PathVariable long vetoItemId,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> reviewing.clearVeto(id, version, vetoItemId, user));
	}

	@PostMapping("/notice")
	String openNotice(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.noticeOpened", () -> reviewing.openNotice(id, version, start, end, user));
	}

	@PostMapping("/objections")
	String objection(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam String objector, @RequestParam String channel, @RequestParam String content,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> notice.recordObjection(id,
				new ObjectionInput(receivedOn, objector, channel, content), user));
	}

	@PostMapping("/objections/{objectionId}/answer")
	String answer(@PathVariable long id, @PathVariable long objectionId,
			@RequestParam(required = false) Boolean upheld, @RequestParam String handling, @RequestParam String answer,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved",
				() -> notice.answer(id, objectionId, upheld, handling, answer, user));
	}

	@PostMapping("/notice/close")
	String closeNotice(@PathVariable long id, @RequestParam(defaultValue = "true") boolean recommend,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> notice.close(id, version, recommend, note, user));
	}

	@PostMapping("/naming")
	String name(@PathVariable long id, @RequestParam String docNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.named", () -> naming.name(id, version, docNumber, date, user));
	}

	@PostMapping("/checks")
	String check(@PathVariable long id, @RequestParam int year, @RequestParam boolean passed, @RequestParam String notes,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved", () -> naming.recordCheck(id, year, passed, notes, user));
	}

	@PostMapping("/withdrawal")
	String withdraw(@PathVariable long id, @RequestParam String grounds, @RequestParam(defaultValue = "") String docNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "modelcity.saved",
				() -> naming.withdraw(id, version, grounds, docNumber, date, user));
	}

	private static String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		return RedirectOutcome.run(redirect, "/model-city/campaigns/" + id, notice, action);
	}
}
