package cn.shuangyong.modelcity.web;

import java.math.BigDecimal;
import java.util.List;

import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.modelcity.CampaignOpening;
import cn.shuangyong.modelcity.Campaigns;
import cn.shuangyong.modelcity.Naming;
import cn.shuangyong.modelcity.PlatformEvidence;
import cn.shuangyong.modelcity.PublicNotice;
import cn.shuangyong.modelcity.Ranking;
import cn.shuangyong.modelcity.Reviewing;
import cn.shuangyong.modelcity.ScoreInput;
import cn.shuangyong.modelcity.SelfAssessment;
import cn.shuangyong.modelcity.StandardEditing;
import cn.shuangyong.modelcity.Standards;
import cn.shuangyong.modelcity.web.ModelCityJson.*;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.ApiLabels;
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

/** 双拥模范城（县）as JSON: standards with their indicator tree, campaigns and the moves of their life. */
@RestController
@RequestMapping("/api/v1/model-city")
@Tag(name = "双拥模范城（县）", description = "考评标准、考评（自评、审核、公示、推荐、命名、复查、撤销命名）与排名")
class ModelCityApi {

	/** What every change of a campaign names: the version its client saw. */
	private static final String SEEN = "须以 If-Match 头或 version 字段给出所见考评的版本（读取考评时返回的 version）；"
			+ "考评此后已被他人修改则 409，不做任何更改";

	private final Standards standards;

	private final Campaigns campaigns;

	private final CampaignOpening opening;

	private final SelfAssessment selfAssessment;

	private final Reviewing reviewing;

	private final PublicNotice notice;

	private final Naming naming;

	private final Ranking ranking;

	private final ApiLabels labels;

	private final PlatformEvidence platformEvidence;

	ModelCityApi(Standards standards, Campaigns campaigns, CampaignOpening opening, SelfAssessment selfAssessment,
			Reviewing reviewing, PublicNotice notice, Naming naming, Ranking ranking, ApiLabels labels, PlatformEvidence platformEvidence) {
		this.platformEvidence = platformEvidence;
		this.standards = standards;
		this.campaigns = campaigns;
		this.opening = opening;
		this.selfAssessment = selfAssessment;
		this.reviewing = reviewing;
		this.notice = notice;
		this.naming = naming;
		this.ranking = ranking;
		this.labels = labels;
	}

	@Operation(summary = "考评标准各版本及其指标树", description = "已发布的版本；省双拥办另可看到未发布的草稿")
	@GetMapping("/standards")
	List<StandardJson> standards(@AuthenticationPrincipal CurrentUser user) {
		user.require(Permission.WORK_READ);
		boolean editor = StandardEditing.mayEdit(user);
		return standards.all().stream().filter(s -> s.published() || editor)
			.map(s -> StandardJson.of(s, labels, editor)).toList();
	}

	@Operation(summary = "考评列表（分页）", description = "本人数据范围内的考评：阶段、候选地区和单位、得分；"
			+ "按考评年度（新的在前）、地区排序；" + Paging.API_DESCRIPTION)
	@GetMapping("/campaigns")
	ListPage<CampaignJson> campaigns(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return campaigns.page(year, Paging.of(page, size), user).map(CampaignJson::of);
	}

	@Operation(summary = "单个考评")
	@GetMapping("/campaigns/{id}")
	CampaignJson campaign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return CampaignJson.of(campaigns.summary(id, user));
	}

	@Operation(summary = "考评的平台数据佐证", description = "fairsHeld：候选地区（含所辖地区）考评年度举办的随军家属专场招聘会场数，取自随军家属就业模块")
	@GetMapping("/campaigns/{id}/platform-evidence")
	PlatformEvidence.Figures platformEvidence(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return platformEvidence.of(id, user);
	}

	@Operation(summary = "申报或创建考评（双拥办）")
	@PostMapping("/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	CampaignJson open(@RequestBody OpenJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.year() == null) {
			throw new InvalidInputException("请填写考评年度");
		}
		return CampaignJson.of(campaigns.summary(opening.open(body.regionCode(), body.year(), user), user));
	}

	@Operation(summary = "保存自评得分和证明材料说明（候选地区双拥办）", description = SEEN)
	@PostMapping("/campaigns/{id}/self-assessment")
	CampaignJson selfAssess(@PathVariable long id, @RequestBody ScoresJson<SelfScoreJson> body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		selfAssessment.save(id, SeenVersion.of(ifMatch, body == null ? null : body.version()), scores(body).stream().map(s -> new ScoreInput(s.indicatorId(), text(s.score()), s.evidence()))
			.toList(), user);
		return campaign(id, user);
	}

	@Operation(summary = "提交自评", description = SEEN)
	@PostMapping("/campaigns/{id}/self-assessment/submit")
	CampaignJson submit(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		selfAssessment.submit(id, SeenVersion.of(ifMatch, version), user);
		return campaign(id, user);
	}

	@Operation(summary = "保存审核得分和意见（上级双拥办）", description = SEEN)
	@PostMapping("/campaigns/{id}/review")
	CampaignJson review(@PathVariable long id, @RequestBody ScoresJson<ReviewScoreJson> body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		reviewing.score(id, SeenVersion.of(ifMatch, body == null ? null : body.version()), scores(body).stream().map(s -> new ScoreInput(s.indicatorId(), text(s.score()), s.comment()))
			.toList(), user);
		return campaign(id, user);
	}

	@Operation(summary = "登记实地考察")
	@PostMapping("/campaigns/{id}/site-visits")
	@ResponseStatus(HttpStatus.CREATED)
	CampaignJson siteVisit(@PathVariable long id, @RequestBody SiteVisitJson body, @AuthenticationPrincipal CurrentUser user) {
		reviewing.recordSiteVisit(id, new Reviewing.SiteVisitInput(body.visitedOn(), body.place(), body.members(),
				body.findings()), user);
		return campaign(id, user);
	}

	@Operation(summary = "认定一票否决项，须写明依据", description = SEEN)
	@PostMapping("/campaigns/{id}/vetoes")
	CampaignJson veto(@PathVariable long id, @RequestBody VetoFindingJson body, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		reviewing.findVeto(id, SeenVersion.of(ifMatch, body.version()), body.vetoItemId(), body.grounds(), user);
		return campaign(id, user);
	}

	@Operation(summary = "开始公示", description = SEEN)
	@PostMapping("/campaigns/{id}/notice")
	CampaignJson openNotice(@PathVariable long id, @RequestBody NoticeJson body, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		reviewing.openNotice(id, SeenVersion.of(ifMatch, body.version()), body.start(), body.end(), user);
		return campaign(id, user);
	}

	@Operation(summary = "登记公示期间收到的异议")
	@PostMapping("/campaigns/{id}/objections")
	@ResponseStatus(HttpStatus.CREATED)
	IdJson objection(@PathVariable long id, @RequestBody ObjectionJson body, @AuthenticationPrincipal CurrentUser user) {
		return new IdJson(notice.recordObjection(id, new ObjectionInput(body.receivedOn(), body.objector(),
				body.channel(), body.content()), user));
	}

	@Operation(summary = "答复异议：是否成立（不填视为不成立）、核查处理情况和答复内容")
	@PostMapping("/campaigns/{id}/objections/{objectionId}/answer")
	CampaignJson answer(@PathVariable long id, @PathVariable long objectionId, @RequestBody AnswerJson body,
			@AuthenticationPrincipal CurrentUser user) {
		notice.answer(id, objectionId, body.upheld(), body.handling(), body.answer(), user);
		return campaign(id, user);
	}

	@Operation(summary = "结束公示：推荐，或写明理由不予推荐", description = SEEN)
	@PostMapping("/campaigns/{id}/notice/close")
	CampaignJson closeNotice(@PathVariable long id, @RequestBody CloseJson body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		notice.close(id, SeenVersion.of(ifMatch, body.version()), body.recommend() == null || body.recommend(),
				body.note(), user);
		return campaign(id, user);
	}

	@Operation(summary = "命名（省双拥办），须有命名文件字号和日期", description = SEEN)
	@PostMapping("/campaigns/{id}/naming")
	CampaignJson name(@PathVariable long id, @RequestBody NamingJson body, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		naming.name(id, SeenVersion.of(ifMatch, body.version()), body.docNumber(), body.date(), user);
		return campaign(id, user);
	}

	@Operation(summary = "登记年度复查")
	@PostMapping("/campaigns/{id}/checks")
	@ResponseStatus(HttpStatus.CREATED)
	CampaignJson check(@PathVariable long id, @RequestBody CheckJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.year() == null || body.passed() == null) {
			throw new InvalidInputException("请填写复查年度和复查结论");
		}
		naming.recordCheck(id, body.year(), body.passed(), body.notes(), user);
		return campaign(id, user);
	}

	@Operation(summary = "撤销命名（省双拥办），须写明依据", description = SEEN)
	@PostMapping("/campaigns/{id}/withdrawal")
	CampaignJson withdraw(@PathVariable long id, @RequestBody WithdrawalJson body, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		naming.withdraw(id, SeenVersion.of(ifMatch, body.version()), body.grounds(), body.docNumber(), body.date(),
				user);
		return campaign(id, user);
	}

	@Operation(summary = "候选单位排名", description = "按审核得分排序；触发一票否决的不参加排名，审核未完成的单列")
	@GetMapping("/ranking")
	RankingJson ranking(@RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
		return RankingJson.of(ranking.of(year, user));
	}

	private static <T> List<T> scores(ScoresJson<T> body) {
		if (body == null || body.scores() == null || body.scores().isEmpty()) {
			throw new InvalidInputException("请至少填写一项指标的得分");
		}
		return body.scores();
	}

	private static String text(BigDecimal score) {
		return score == null ? null : score.toPlainString();
	}
}
