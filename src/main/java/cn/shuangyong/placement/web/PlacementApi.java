package cn.shuangyong.placement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.placement.ChoiceRequest;
import cn.shuangyong.placement.Introductions;
import cn.shuangyong.placement.ResultsNotice;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.shared.web.SeenVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import cn.shuangyong.placement.LiveChoice;
import cn.shuangyong.placement.NewPost;
import cn.shuangyong.placement.NewSoldier;
import cn.shuangyong.placement.Placements;
import cn.shuangyong.placement.RoundKind;
import cn.shuangyong.placement.RoundQueries;
import cn.shuangyong.placement.rules.Ranking;
import cn.shuangyong.placement.scoring.ScoreClaim;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.Attachment;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Placement rounds as JSON: preparing a round, and the live choice of posts in rank order. */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "安置", description = "安置批次：移交士兵、评分、排序、岗位，现场按排名选岗")
class PlacementApi {

	private final Placements placements;

	private final LiveChoice choice;

	private final RoundQueries queries;

	private final Introductions introductions;

	private final ResultsNotice results;

	PlacementApi(Placements placements, LiveChoice choice, RoundQueries queries, Introductions introductions,
			ResultsNotice results) {
		this.results = results;
		this.introductions = introductions;
		this.placements = placements;
		this.choice = choice;
		this.queries = queries;
	}

	@Operation(summary = "安置批次列表", description = "region 为负责安置的州（市）或县（市、区）代码，year 为年度，均可空；"
			+ Paging.API_DESCRIPTION)
	@GetMapping("/rounds")
	ListPage<PlacementJson.SummaryJson> rounds(@RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return queries.rounds(region, year, Paging.of(page, size), user).map(PlacementJson.SummaryJson::of);
	}

	@Operation(summary = "安置批次详情", description = "士兵（姓名已脱敏、排名、分数，荣誉称号获得者分数为空）、岗位及剩余名额、选岗记录")
	@GetMapping("/rounds/{id}")
	PlacementJson round(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "建立本单位的安置批次", description = "kind 为 SOLDIERS（退役士兵）或 OFFICERS（军队转业干部）；"
			+ "同一单位同一年度同一类别只能建立一个批次；tieBreak 可空，默认 LONGER_SERVICE,OLDER")
	@PostMapping("/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	PlacementJson open(@RequestBody OpenRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null || body.year() == null) {
			throw new InvalidInputException("请给出年度（year）和类别（kind）");
		}
		long id = placements.open(body.year(), kind(body.kind()), tieBreak(body.tieBreak()), user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "登记岗位", description = "unitKind 为 PUBLIC_INSTITUTION（事业单位）或 STATE_ENTERPRISE（国有企业），places 至少为 1")
	@PostMapping("/rounds/{id}/posts")
	@ResponseStatus(HttpStatus.CREATED)
	IdJson post(@PathVariable long id, @RequestBody PostRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出岗位（JSON）");
		}
		return new IdJson(placements.addPost(id, NewPost.of(body.unit(), body.unitKind(), body.title(), body.location(),
				body.requirements(), body.places()), user));
	}

	@Operation(summary = "接收移交的士兵", description = "ground 为安排工作条件（SERVICE_12_YEARS、MEDAL_OR_HONOUR_TITLE、MERIT、"
			+ "FIRST_LEVEL_COMMENDATION、DISABLED_IN_BATTLE、MARTYR_CHILD），按退役日期适用的条例核对；honour 为荣誉称号，可空")
	@PostMapping("/rounds/{id}/soldiers")
	@ResponseStatus(HttpStatus.CREATED)
	IdJson soldier(@PathVariable long id, @RequestBody SoldierRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出士兵（JSON）");
		}
		return new IdJson(placements.handOver(id, NewSoldier.of(body.name(), body.born(), body.enlisted(),
				body.discharged(), body.ground(), body.honour(), false), user));
	}

	@Operation(summary = "填报评分表", description = "每项须有证明材料（档案材料名称和文号）；服役年限按总年限填写；填报后须重新排序")
	@PostMapping("/soldiers/{id}/score-sheet")
	ScoreJson score(@PathVariable long id, @RequestBody List<ClaimRequest> body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出评分项目（JSON 数组）");
		}
		return new ScoreJson(placements.score(id, body.stream().map(c -> ScoreClaim.of(c.item(), c.quantity(),
				c.evidenceFile(), c.evidenceDocNo())).toList(), user).total());
	}

	@Operation(summary = "选择自主就业", description = "符合安排工作条件的士兵在选岗前选择自主就业：予以记录，不再参加排序和选岗")
	@PostMapping("/soldiers/{id}/self-employment")
	IdJson selfEmployment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		placements.selfEmployment(id, user);
		return new IdJson(id);
	}

	@Operation(summary = "排序", description = "荣誉称号获得者排在最前，其余按总分从高到低，同分按批次的同分排序规则")
	@PostMapping("/rounds/{id}/ranking")
	PlacementJson rank(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		placements.rank(id, user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "开始选岗", description = "全部士兵已排序、岗位名额不少于人数时，从排名第一开始叫号")
	@PostMapping("/rounds/{id}/start")
	PlacementJson start(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		placements.start(id, user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "选岗", description = "当前叫号的士兵选定岗位，结果不可更改；witness 为见证人，proxy 为事先登记的委托人。"
			+ "未轮到、岗位已满或已选过岗的，返回 409 及原因")
	@PostMapping("/rounds/{id}/choices")
	@ResponseStatus(HttpStatus.CREATED)
	PlacementJson choose(@PathVariable long id, @RequestBody ChoiceBody body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出 soldierId 和 postId");
		}
		choice.choose(id, ChoiceRequest.of(body.soldierId(), body.postId(), body.witness(), body.proxy()), user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "过号", description = "当前叫号的士兵未到场且无委托人：排到最后补选，每人一次")
	@PostMapping("/rounds/{id}/passes")
	PlacementJson pass(@PathVariable long id, @RequestBody SoldierRef body, @AuthenticationPrincipal CurrentUser user) {
		choice.passOver(id, soldier(body), user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "放弃选岗", description = "当前叫号的士兵放弃，须写明理由")
	@PostMapping("/rounds/{id}/give-ups")
	PlacementJson giveUp(@PathVariable long id, @RequestBody SoldierRef body, @AuthenticationPrincipal CurrentUser user) {
		choice.giveUp(id, soldier(body), body.reason(), user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "下载介绍信（.docx）", description = "已选岗的士兵；首次下载时按本单位发文字号编号，以后下载为同一份；仅负责安置的双拥办可下载")
	@GetMapping("/soldiers/{id}/introduction.docx")
	ResponseEntity<byte[]> introduction(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Introductions.Letter letter = introductions.letter(id, user);
		return Attachment.docx("介绍信 " + letter.number() + ".docx", letter.docx());
	}

	@Operation(summary = "公示选岗结果", description = "选岗结束后，由负责安置的双拥办按本单位发文字号发布，公示期 5 个工作日")
	@PostMapping("/rounds/{id}/results-notice")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeJson openNotice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		results.open(id, user);
		return notice(id, user);
	}

	@Operation(summary = "选岗结果公示及异议")
	@GetMapping("/rounds/{id}/results-notice")
	NoticeJson notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return results.of(id, user).map(NoticeJson::of)
			.orElseThrow(() -> new cn.shuangyong.shared.NotFoundException("本批次的选岗结果尚未公示"));
	}

	@Operation(summary = "登记异议", description = "receivedOn 须在公示期内且不晚于今天；objector 为异议人，匿名的写“匿名”；channel 为收到方式")
	@PostMapping("/rounds/{id}/results-notice/objections")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeJson object(@PathVariable long id, @RequestBody ObjectionBody body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出异议（JSON）");
		}
		results.recordObjection(id, new ObjectionInput(body.receivedOn(), body.objector(), body.channel(), body.content()),
				user);
		return notice(id, user);
	}

	@Operation(summary = "答复异议", description = "upheld 为是否成立，reason 为核查情况，reply 为答复内容；答复后不能更改")
	@PostMapping("/rounds/{id}/results-notice/objections/{objectionId}/answer")
	NoticeJson answer(@PathVariable long id, @PathVariable long objectionId, @RequestBody AnswerBody body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出答复（JSON）");
		}
		results.answer(id, objectionId, new ObjectionAnswer(body.upheld(), body.reason(), body.reply()), user);
		return notice(id, user);
	}

	@Operation(summary = "结束公示", description = "须带上读取公示时的版本号（If-Match 头或 version 参数）；有未答复的异议或公示期未满时不能结束")
	@PostMapping("/rounds/{id}/results-notice/close")
	NoticeJson close(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @RequestBody(required = false) CloseBody body,
			@AuthenticationPrincipal CurrentUser user) {
		boolean confirmed = body == null || body.confirmed() == null || body.confirmed();
		results.close(id, SeenVersion.required(ifMatch, version, "公示"), confirmed, body == null ? null : body.note(),
				user);
		return notice(id, user);
	}

	private static long soldier(SoldierRef body) {
		if (body == null || body.soldierId() == null) {
			throw new InvalidInputException("请指明士兵（soldierId）");
		}
		return body.soldierId();
	}

	private static RoundKind kind(String text) {
		try {
			return RoundKind.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind 应为 SOLDIERS（退役士兵）或 OFFICERS（军队转业干部），「" + text + "」不符合");
		}
	}

	private static Ranking tieBreak(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Ranking.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("tieBreak 应由 LONGER_SERVICE、OLDER 组成，以逗号分隔，「" + text + "」不符合");
		}
	}

	record OpenRequest(Integer year, String kind, String tieBreak) {
	}

	record PostRequest(String unit, String unitKind, String title, String location, String requirements,
			Integer places) {
	}

	record SoldierRequest(String name, LocalDate born, LocalDate enlisted, LocalDate discharged, String ground,
			String honour) {
	}

	record ClaimRequest(String item, BigDecimal quantity, String evidenceFile, String evidenceDocNo) {
	}

	record ChoiceBody(Long soldierId, Long postId, String witness, String proxy) {
	}

	record SoldierRef(Long soldierId, String reason) {
	}

	record ObjectionBody(LocalDate receivedOn, String objector, String channel, String content) {
	}

	record AnswerBody(Boolean upheld, String reason, String reply) {
	}

	record CloseBody(Boolean confirmed, String note) {
	}

	/** A 公示 of results with its objections. */
	record NoticeJson(String docNumber, String start, String end, boolean running, String outcome, int version,
			List<ObjectionJson> objections) {

		static NoticeJson of(ResultsNotice.Shown shown) {
			var n = shown.notice();
			return new NoticeJson(n.docNumber(), n.period().start().toString(), n.period().end().toString(), n.running(),
					n.outcome() == null ? null : n.outcome().label(), n.version(), shown.objections().stream()
						.map(o -> new ObjectionJson(o.id(), o.receivedOn().toString(), o.objector(), o.channel(),
								o.content(), o.upheld(), o.reason(), o.reply()))
						.toList());
		}
	}

	record ObjectionJson(long id, String receivedOn, String objector, String channel, String content, Boolean upheld,
			String reason, String reply) {
	}

	record IdJson(long id) {
	}

	record ScoreJson(BigDecimal total) {
	}
}
