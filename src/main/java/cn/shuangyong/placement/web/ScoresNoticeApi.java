package cn.shuangyong.placement.web;

import java.math.BigDecimal;
import java.util.List;

import cn.shuangyong.placement.Placements;
import cn.shuangyong.placement.ScoresNotice;
import cn.shuangyong.placement.scoring.ScoreClaim;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
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
 * The 公示 of scores before the choice as JSON: publishing the ranked list, its objections and answers, a score
 * changed after it with its reason, and closing it.
 */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "安置")
class ScoresNoticeApi {

	private final ScoresNotice scores;

	private final Placements placements;

	ScoresNoticeApi(ScoresNotice scores, Placements placements) {
		this.scores = scores;
		this.placements = placements;
	}

	@Operation(summary = "公示评分及排名", description = "排序后、选岗前，由负责安置的双拥办按本单位发文字号发布，姓名脱敏；"
			+ "workingDays 为公示期（工作日），可空，默认 5；公示期间不能开始选岗")
	@PostMapping("/rounds/{id}/scores-notice")
	@ResponseStatus(HttpStatus.CREATED)
	ScoresNoticeJson open(@PathVariable long id, @RequestBody(required = false) OpenBody body,
			@AuthenticationPrincipal CurrentUser user) {
		scores.open(id, body == null ? null : body.workingDays(), user);
		return notice(id, user);
	}

	@Operation(summary = "评分公示、异议及更改的评分")
	@GetMapping("/rounds/{id}/scores-notice")
	ScoresNoticeJson notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return scores.of(id, user).map(ScoresNoticeJson::of)
			.orElseThrow(() -> new NotFoundException("本批次的评分尚未公示"));
	}

	@Operation(summary = "登记评分公示的异议", description = "receivedOn 须在公示期内且不晚于今天；objector 为异议人，匿名的写“匿名”；channel 为收到方式")
	@PostMapping("/rounds/{id}/scores-notice/objections")
	@ResponseStatus(HttpStatus.CREATED)
	ScoresNoticeJson object(@PathVariable long id, @RequestBody ResultsNoticeApi.ObjectionBody body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出异议（JSON）");
		}
		scores.recordObjection(id, body.input(), user);
		return notice(id, user);
	}

	@Operation(summary = "答复评分公示的异议", description = "upheld 为是否成立，reason 为核查情况，reply 为答复内容；异议成立须更改评分的，另行更改")
	@PostMapping("/rounds/{id}/scores-notice/objections/{objectionId}/answer")
	ScoresNoticeJson answer(@PathVariable long id, @PathVariable long objectionId,
			@RequestBody ResultsNoticeApi.AnswerBody body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出答复（JSON）");
		}
		scores.answer(id, objectionId, body.answer(), user);
		return notice(id, user);
	}

	@Operation(summary = "结束评分公示", description = "须带上读取公示时的版本号（If-Match 头或 version 参数）；有未答复的异议或公示期未满时不能结束")
	@PostMapping("/rounds/{id}/scores-notice/close")
	ScoresNoticeJson close(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version,
			@RequestBody(required = false) ResultsNoticeApi.CloseBody body, @AuthenticationPrincipal CurrentUser user) {
		boolean confirmed = body == null || body.confirmed() == null || body.confirmed();
		scores.close(id, SeenVersion.required(ifMatch, version, "公示"), confirmed, body == null ? null : body.note(),
				user);
		return notice(id, user);
	}

	@Operation(summary = "公示后更改评分", description = "评分公示后（如异议成立）重新填报评分表，须写明理由；原分和新分及理由列入公示，须重新排序")
	@PostMapping("/soldiers/{id}/score-corrections")
	RoundPreparationApi.ScoreJson correct(@PathVariable long id, @RequestBody CorrectionBody body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body == null || body.lines() == null) {
			throw new InvalidInputException("请在请求体中给出更改理由（reason）和评分项目（lines）");
		}
		return new RoundPreparationApi.ScoreJson(placements.correct(id, body.lines().stream()
			.map(c -> ScoreClaim.of(c.item(), c.quantity(), c.evidenceFile(), c.evidenceDocNo())).toList(),
				body.reason(), user).total());
	}

	record OpenBody(Integer workingDays) {
	}

	record CorrectionBody(String reason, List<RoundPreparationApi.ClaimRequest> lines) {
	}

	/** A 公示 of scores: the published list (names masked), its objections, and the scores changed since. */
	record ScoresNoticeJson(String docNumber, String start, String end, int workingDays, boolean running,
			String outcome, int version, List<LineJson> lines, List<ResultsNoticeApi.ObjectionJson> objections,
			List<ChangeJson> changes) {

		static ScoresNoticeJson of(ScoresNotice.Shown shown) {
			var n = shown.notice();
			return new ScoresNoticeJson(n.docNumber(), n.period().start().toString(), n.period().end().toString(),
					n.period().workingDays(), n.running(), n.outcome() == null ? null : n.outcome().label(), n.version(),
					shown.lines().stream().map(l -> new LineJson(l.rank(), l.name(), l.score(), l.honour())).toList(),
					shown.objections().stream().map(ResultsNoticeApi.ObjectionJson::of).toList(),
					shown.changes().stream().map(c -> new ChangeJson(c.name(), c.oldScore(), c.newScore(), c.reason(),
							c.at().toString())).toList());
		}
	}

	record LineJson(int rank, String name, BigDecimal score, String honour) {
	}

	record ChangeJson(String name, BigDecimal oldScore, BigDecimal newScore, String reason, String at) {
	}
}
