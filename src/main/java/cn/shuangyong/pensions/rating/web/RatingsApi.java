package cn.shuangyong.pensions.rating.web;

import java.util.List;

import cn.shuangyong.pensions.rating.MedicalOpinion;
import cn.shuangyong.pensions.rating.Rating;
import cn.shuangyong.pensions.rating.RatingApplication;
import cn.shuangyong.pensions.rating.Ratings;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.SeenVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rating steps as JSON. Every step names the version read (If-Match or {@code version}); bad input is a 400 with
 * the Chinese problems, a step out of turn a 409, a unit that does not act on the step a 403.
 */
@RestController
@RequestMapping("/api/v1/pensions/ratings")
@Tag(name = "评定、调整残疾等级", description = "申请、受理审查、医学鉴定、公示、县级上报、市级审核、省级审批")
class RatingsApi {

	private final Ratings ratings;

	private final BusinessClock clock;

	RatingsApi(Ratings ratings, BusinessClock clock) {
		this.ratings = ratings;
		this.clock = clock;
	}

	@Operation(summary = "管辖范围内的评残（办理中的在前，最多 200 件）")
	@GetMapping
	List<RatingJson> list(@AuthenticationPrincipal CurrentUser user) {
		return ratings.within(user).stream().map(RatingJson::of).toList();
	}

	@GetMapping("/{id}")
	RatingJson one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return RatingJson.of(ratings.find(id, user));
	}

	@Operation(summary = "受理评残申请（户籍所在县级双拥办）", description = "kind 为 NEW、LATE、ADJUST；nature 为 IN_BATTLE、ON_DUTY、"
			+ "ILLNESS；日期为 YYYY-MM-DD；调整须填 previousGrade 和 previousRatedOn")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RatingJson apply(@RequestBody ApplicationRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出评残申请（JSON）");
		}
		return RatingJson.of(ratings.apply(RatingApplication.of(body.personId(), body.kind(), body.nature(),
				body.conscriptOrJunior(), body.injuredOn(), body.previousGrade(), body.previousRatedOn(),
				body.circumstances(), body.appliedOn()), user));
	}

	@PostMapping("/{id}/acceptance")
	RatingJson accept(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return RatingJson.of(ratings.accept(id, seen(ifMatch, version), user));
	}

	@Operation(summary = "录入医学鉴定意见", description = "grade 1–10（因病 1–6），by 鉴定机构，on 鉴定日期，document 意见书编号")
	@PostMapping("/{id}/opinion")
	RatingJson assess(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @RequestBody OpinionRequest body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出鉴定意见（JSON）");
		}
		return RatingJson.of(ratings.assess(id, seen(ifMatch, version),
				MedicalOpinion.of(body.grade(), body.by(), body.on(), body.document(), clock.today()), user));
	}

	@Operation(summary = "公示拟评定等级（县级，按配置的工作日数，自今日起）")
	@PostMapping("/{id}/notice")
	RatingJson openNotice(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return RatingJson.of(ratings.openNotice(id, seen(ifMatch, version), user));
	}

	@Operation(summary = "结束公示", description = "公示期满且异议均已答复后；confirmed=false 时退回重新鉴定，须写 note")
	@PostMapping("/{id}/notice/closing")
	RatingJson closeNotice(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) Integer noticeVersion,
			@RequestParam(required = false) Boolean confirmed, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user) {
		if (confirmed == null || noticeVersion == null) {
			throw new InvalidInputException("请给出公示结果（confirmed）和读取公示时的版本号（noticeVersion）");
		}
		return RatingJson.of(ratings.closeNotice(id, seen(ifMatch, version), noticeVersion, confirmed, note, user));
	}

	@PostMapping("/{id}/report")
	RatingJson report(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return RatingJson.of(ratings.report(id, seen(ifMatch, version), user));
	}

	@PostMapping("/{id}/review")
	RatingJson review(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return RatingJson.of(ratings.review(id, seen(ifMatch, version), user));
	}

	@Operation(summary = "省级审批（省退役军人事务厅）", description = "certificateNumber 为残疾军人证号")
	@PostMapping("/{id}/approval")
	RatingJson approve(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String certificateNumber,
			@AuthenticationPrincipal CurrentUser user) {
		return RatingJson.of(ratings.approve(id, seen(ifMatch, version), certificateNumber, user));
	}

	@PostMapping("/{id}/refusal")
	RatingJson refuse(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user) {
		return RatingJson.of(ratings.refuse(id, seen(ifMatch, version), reason, user));
	}

	private static int seen(String ifMatch, Integer version) {
		return SeenVersion.required(ifMatch, version, "评残记录");
	}

	record ApplicationRequest(Long personId, String kind, String nature, Boolean conscriptOrJunior, String injuredOn,
			Integer previousGrade, String previousRatedOn, String circumstances, String appliedOn) {
	}

	record OpinionRequest(Integer grade, String by, String on, String document) {
	}

	/** A rating as the API shows it: the person masked, the step and who acts, the opinion and the approval. */
	record RatingJson(long id, long personId, String person, String county, String kind, String kindLabel,
			String nature, String natureLabel, String appliedOn, String step, String stepLabel, String stepDue,
			Long taskId, Integer grade, Long noticeId, String certificateNumber, String approvedOn, String firstMonth,
			String refusedReason, int version) {

		static RatingJson of(Rating r) {
			var a = r.application();
			return new RatingJson(r.id(), r.personId(), r.personIdMasked(), r.countyCode(), a.kind().name(),
					a.kind().chinese(), a.nature().name(), a.nature().chinese(), a.appliedOn().toString(), r.step().name(),
					r.step().chinese(), r.stepDue() == null ? null : r.stepDue().toString(), r.taskId(),
					r.opinion() == null ? null : r.opinion().grade(), r.noticeId(),
					r.approval() == null ? null : r.approval().certificateNumber(),
					r.approval() == null ? null : r.approval().approvedOn().toString(),
					r.approval() == null ? null : r.approval().firstMonth().toString(), r.refusedReason(), r.version());
		}
	}
}
