package cn.shuangyong.pensions.rating.web;

import java.util.List;

import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.pensions.rating.MedicalOpinion;
import cn.shuangyong.pensions.rating.Rating;
import cn.shuangyong.pensions.rating.RatingApplication;
import cn.shuangyong.pensions.rating.RatingRules;
import cn.shuangyong.pensions.rating.Ratings;
import cn.shuangyong.pensions.rating.StepLimits;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评定、调整残疾等级: the list of the ratings in the user's scope (with the county office's application form), and a
 * rating's page with its steps, its 公示 and objections, its history and the form of the step the user's unit acts on.
 * Every post answers bad input with the Chinese problems, on the page it returns to.
 */
@Controller
class RatingPages {

	private final Ratings ratings;

	private final BusinessClock clock;

	private final StepLimits limits;

	RatingPages(Ratings ratings, BusinessClock clock, StepLimits limits) {
		this.ratings = ratings;
		this.clock = clock;
		this.limits = limits;
	}

	@GetMapping("/pensions/ratings")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("ratings", ratings.within(user));
		model.addAttribute("mayApply", user.can(Permission.PERSONAL_DATA_EDIT)
				&& user.regionLevel() == cn.shuangyong.shared.RegionLevel.COUNTY);
		model.addAttribute("today", clock.today());
		model.addAttribute("limits", limits);
		return "pensions/rating/list";
	}

	@PostMapping("/pensions/ratings")
	String apply(@RequestParam(required = false) String personId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String nature, @RequestParam(required = false) Boolean conscriptOrJunior,
			@RequestParam(required = false) String injuredOn, @RequestParam(required = false) String previousGrade,
			@RequestParam(required = false) String previousRatedOn,
			@RequestParam(required = false) String circumstances, @RequestParam(required = false) String appliedOn,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			Long person = number(personId, "优抚对象编号（personId）").map(Integer::longValue).orElse(null);
			Integer previous = number(previousGrade, "原残疾等级（previousGrade）").orElse(null);
			RatingApplication application = RatingApplication.of(person, kind, nature, conscriptOrJunior, injuredOn,
					previous, previousRatedOn, circumstances, appliedOn);
			Rating rating = ratings.apply(application, user);
			redirect.addFlashAttribute("notice", "pensions.rating.applied");
			return "redirect:/pensions/ratings/" + rating.id();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problems", List.of(e.getMessage()));
		}
		catch (NotFoundException e) {
			redirect.addFlashAttribute("problems", List.of("优抚对象编号（personId）：该优抚对象不存在或不在您的管辖范围内"));
		}
		return "redirect:/pensions/ratings";
	}

	@GetMapping("/pensions/ratings/{id}")
	String rating(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Rating rating = ratings.find(id, user);
		model.addAttribute("r", rating);
		model.addAttribute("actor", ratings.actor(rating).map(u -> u.name()).orElse(null));
		model.addAttribute("acts", ratings.actsOn(rating, user));
		model.addAttribute("shown", ratings.notice(id, user).orElse(null));
		model.addAttribute("history", ratings.history(id, user));
		model.addAttribute("today", clock.today());
		model.addAttribute("paymentStart", rating.approval() == null ? RatingRules.paymentStart(clock.today())
				: RatingRules.paymentStart(rating.approval().approvedOn()));
		return "pensions/rating/rating";
	}

	@GetMapping("/pensions/ratings/{id}/form.docx")
	ResponseEntity<byte[]> form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Attachment.docx("评定、调整残疾等级审批表 " + id + ".docx", ratings.approvalForm(id, user));
	}

	@PostMapping("/pensions/ratings/{id}/acceptance")
	String accept(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.moved",
				() -> ratings.accept(id, version(version), user));
	}

	@PostMapping("/pensions/ratings/{id}/opinion")
	String assess(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String grade, @RequestParam(required = false) String by,
			@RequestParam(required = false) String on, @RequestParam(required = false) String document,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.moved",
				() -> ratings.assess(id, version(version), MedicalOpinion.of(
						number(grade, "鉴定的残疾等级（grade）").orElse(null), by, on, document, clock.today()), user));
	}

	@PostMapping("/pensions/ratings/{id}/notice")
	String openNotice(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.moved",
				() -> ratings.openNotice(id, version(version), user));
	}

	@PostMapping("/pensions/ratings/{id}/objections")
	String object(@PathVariable long id, @RequestParam(required = false) String receivedOn,
			@RequestParam(required = false) String objector, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String content, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.objectionRecorded", () -> {
			List<String> problems = new java.util.ArrayList<>();
			java.time.LocalDate day = receivedOn == null || receivedOn.isBlank() ? clock.today()
					: parseDay(receivedOn, "收到日期", problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			ratings.recordObjection(id, new ObjectionInput(day, objector, channel, content), user);
		});
	}

	@PostMapping("/pensions/ratings/{id}/objections/{objectionId}/answer")
	String answer(@PathVariable long id, @PathVariable long objectionId,
			@RequestParam(required = false) Boolean upheld, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String reply, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.objectionAnswered",
				() -> ratings.answer(id, objectionId, new ObjectionAnswer(upheld, reason, reply), user));
	}

	@PostMapping("/pensions/ratings/{id}/notice/closing")
	String closeNotice(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) Integer noticeVersion, @RequestParam(required = false) Boolean confirmed,
			@RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.moved", () -> {
			if (confirmed == null) {
				throw new InvalidInputException("公示结果（confirmed）：请选择公示通过或未通过");
			}
			ratings.closeNotice(id, version(version), version(noticeVersion), confirmed, note, user);
		});
	}

	@PostMapping("/pensions/ratings/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.moved",
				() -> ratings.report(id, version(version), user));
	}

	@PostMapping("/pensions/ratings/{id}/review")
	String review(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.moved",
				() -> ratings.review(id, version(version), user));
	}

	@PostMapping("/pensions/ratings/{id}/approval")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String certificateNumber, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.approved",
				() -> ratings.approve(id, version(version), certificateNumber, user));
	}

	@PostMapping("/pensions/ratings/{id}/refusal")
	String refuse(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "pensions.rating.moved",
				() -> ratings.refuse(id, version(version), reason, user));
	}

	private static String back(long id) {
		return "/pensions/ratings/" + id;
	}

	private static int version(Integer version) {
		if (version == null) {
			throw new InvalidInputException("缺少版本号（version）：请刷新页面后再操作");
		}
		return version;
	}

	private static java.util.Optional<Integer> number(String text, String what) {
		if (text == null || text.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(Integer.valueOf(text.strip()));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(what + "应为整数，「" + text.strip() + "」不符合");
		}
	}

	private static java.time.LocalDate parseDay(String text, String what, List<String> problems) {
		try {
			return java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			problems.add(what + "应为日期，如 2020-09-30，「" + text.strip() + "」不符合");
			return null;
		}
	}
}
