package cn.shuangyong.employment.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.employment.EmploymentFigures;
import cn.shuangyong.employment.EmploymentQueries;
import cn.shuangyong.employment.JobFairs;
import cn.shuangyong.employment.MatchStep;
import cn.shuangyong.employment.NeedDisclosure;
import cn.shuangyong.employment.NewFair;
import cn.shuangyong.employment.NewNeed;
import cn.shuangyong.employment.NewPost;
import cn.shuangyong.employment.Outcome;
import cn.shuangyong.employment.SpouseEmployment;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.SeenVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Spouse cases, posts and job fairs as JSON. */
@RestController
@RequestMapping("/api/v1/employment")
@Tag(name = "随军家属就业", description = "就业需求登记、岗位、匹配确认、推荐面试录用、办结，专场招聘会")
class EmploymentApi {

	private final EmploymentQueries queries;

	private final SpouseEmployment employment;

	private final JobFairs jobFairs;

	private final EmploymentJson json;

	private final EmploymentFigures figures;

	private final NeedDisclosure disclosure;

	private final BusinessClock clock;

	EmploymentApi(EmploymentQueries queries, SpouseEmployment employment, JobFairs jobFairs, EmploymentJson json,
			EmploymentFigures figures, NeedDisclosure disclosure, BusinessClock clock) {
		this.disclosure = disclosure;
		this.figures = figures;
		this.queries = queries;
		this.employment = employment;
		this.jobFairs = jobFairs;
		this.json = json;
		this.clock = clock;
	}

	@Operation(summary = "案件列表（分页）", description = "部队联络员看本部队的案件，承办部门看交办给它的案件，双拥办看本地区的案件；"
			+ "region 为行政区划代码，status 为 OPEN（办理中）、OVERDUE（已超期）或 CLOSED（已办结）；" + Paging.API_DESCRIPTION)
	@GetMapping("/cases")
	ListPage<EmploymentJson.CaseJson> cases(@RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return queries.cases(region, status, Paging.of(page, size), user).map(json::of);
	}

	@Operation(summary = "单个案件，含匹配和办理记录")
	@GetMapping("/cases/{id}")
	EmploymentJson.CaseJson spouseCase(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json.of(queries.spouseCase(id, user));
	}

	@Operation(summary = "为案件推荐的岗位（按地区、学历和意向排序）")
	@GetMapping("/cases/{id}/proposals")
	List<EmploymentJson.ProposalJson> proposals(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.proposals(id, user).stream().map(json::of).toList();
	}

	@Operation(summary = "登记就业需求（部队联络员或双拥办）", description = "education 为 JUNIOR、SENIOR、COLLEGE、BACHELOR、POSTGRADUATE；"
			+ "workKind 为 ADMINISTRATION、EDUCATION、HEALTH、FINANCE、TECHNOLOGY、SERVICES、MANUFACTURING、OTHER")
	@PostMapping("/cases")
	@ResponseStatus(HttpStatus.CREATED)
	EmploymentJson.CaseJson register(@RequestBody NeedBody body, @AuthenticationPrincipal CurrentUser user) {
		NewNeed need = NewNeed.of(body.spouseName(), body.idNumber(), body.phone(), body.soldierUnitId(),
				body.education(), body.skills(), body.workKind(), body.regionCode(), body.arrivedOn(), clock.today());
		return json.of(queries.spouseCase(employment.register(need, user), user));
	}

	@Operation(summary = "确认匹配岗位（双拥办或承办部门）")
	@PostMapping("/cases/{id}/matches")
	@ResponseStatus(HttpStatus.CREATED)
	EmploymentJson.CaseJson confirm(@PathVariable long id, @RequestBody MatchBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		if (body.postId() == null) {
			throw new InvalidInputException("请选择岗位");
		}
		employment.confirm(id, SeenVersion.required(ifMatch, body.version(), "案件"), body.postId(), user);
		return json.of(queries.spouseCase(id, user));
	}

	@Operation(summary = "记录推荐、面试、录用结果或放弃", description = "step 为 OFFER、INTERVIEW、HIRED、NOT_HIRED 或 DECLINED；录用即按安置办结")
	@PostMapping("/cases/{id}/steps")
	EmploymentJson.CaseJson step(@PathVariable long id, @RequestBody StepBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		MatchStep step = MatchStep.parse(body.step());
		employment.record(id, SeenVersion.required(ifMatch, body.version(), "案件"), step, body.on(), body.note(), user);
		return json.of(queries.spouseCase(id, user));
	}

	@Operation(summary = "办结（自主就业、公益性岗位或参加培训）")
	@PostMapping("/cases/{id}/close")
	EmploymentJson.CaseJson close(@PathVariable long id, @RequestBody CloseBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		Outcome outcome = Outcome.parse(body.outcome());
		employment.close(id, SeenVersion.required(ifMatch, body.version(), "案件"), outcome, body.on(), body.note(), user);
		return json.of(queries.spouseCase(id, user));
	}

	@Operation(summary = "查看身份证号或联系电话明文（须有查看权限并写明事由，记入审计）", description = "field 为 ID_NUMBER 或 PHONE")
	@PostMapping("/cases/{id}/reveal")
	Revealed reveal(@PathVariable long id, @RequestBody RevealBody body, @AuthenticationPrincipal CurrentUser user,
			jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		NeedDisclosure.Field field = NeedDisclosure.Field.parse(body.field());
		return new Revealed(field.name(), disclosure.reveal(id, field, body.reason(), user));
	}

	@Operation(summary = "更正家属姓名、身份证号、联系电话和专业技能（办理中的案件，记入审计）",
			description = "身份证号或联系电话留空则保留原值")
	@PostMapping("/cases/{id}/correction")
	EmploymentJson.CaseJson correct(@PathVariable long id, @RequestBody CorrectionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		disclosure.correct(id, SeenVersion.required(ifMatch, body.version(), "案件"), body.spouseName(), body.idNumber(),
				body.phone(), body.skills(), user);
		return json.of(queries.spouseCase(id, user));
	}

	@Operation(summary = "岗位列表（本地区，分页）", description = Paging.API_DESCRIPTION)
	@GetMapping("/posts")
	ListPage<EmploymentJson.PostJson> posts(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return queries.posts(Paging.of(page, size), user).map(json::of);
	}

	@Operation(summary = "登记岗位（地方单位）", description = "kind 为 SET_ASIDE（机关事业单位）、STATE_OWNED（国有企业，employerUnitId）"
			+ "或 PRIVATE（民营企业，employerName）")
	@PostMapping("/posts")
	@ResponseStatus(HttpStatus.CREATED)
	EmploymentJson.PostJson offer(@RequestBody PostBody body, @AuthenticationPrincipal CurrentUser user) {
		NewPost post = NewPost.of(body.kind(), body.title(), body.employerUnitId(), body.employerName(),
				body.minEducation(), body.workKind(), body.openings(), body.regionCode(), body.fairId());
		return json.of(queries.post(jobFairs.offer(post, user), user));
	}

	@Operation(summary = "专场招聘会列表（本地区，分页）", description = Paging.API_DESCRIPTION)
	@GetMapping("/fairs")
	ListPage<EmploymentJson.FairJson> fairs(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.fairs(Paging.of(page, size), user).map(json::of);
	}

	@Operation(summary = "单个招聘会，含岗位")
	@GetMapping("/fairs/{id}")
	EmploymentJson.FairJson fair(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json.of(queries.fair(id, user));
	}

	@Operation(summary = "登记专场招聘会（地方单位）")
	@PostMapping("/fairs")
	@ResponseStatus(HttpStatus.CREATED)
	EmploymentJson.FairJson hold(@RequestBody FairBody body, @AuthenticationPrincipal CurrentUser user) {
		NewFair fair = NewFair.of(body.title(), body.heldOn(), body.bayi(), body.place(), body.regionCode(),
				body.attendance());
		return json.of(queries.fair(jobFairs.hold(fair, user), user));
	}

	@Operation(summary = "某地某年举办的专场招聘会场数（双拥模范城创建的指标佐证）")
	@GetMapping("/fairs/count")
	FairCount count(@RequestParam String region, @RequestParam int year, @AuthenticationPrincipal CurrentUser user) {
		if (!region.matches("\\d{2}|\\d{4}|\\d{6}")) {
			throw new InvalidInputException("地区应为行政区划代码，如 5323");
		}
		user.mayRead(region, cn.shuangyong.shared.Permission.WORK_READ, "地区不在您的数据范围内");
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("年度应为四位年份，如 2020");
		}
		return new FairCount(region, year, jobFairs.fairsHeld(RegionCode.of(region), Year.of(year)));
	}

	@Operation(summary = "统计：某地区某年各下级地区的登记、安置、其他办结、办理中人数，安置率和平均安置天数",
			description = "region 默认本单位所在地区，year 默认业务年度；只统计本人可见的案件")
	@GetMapping("/statistics")
	EmploymentFigures.Figures statistics(@RequestParam(required = false) String region,
			@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user) {
		return figures.of(region, year, user);
	}

	record RevealBody(String field, String reason) {
	}

	record Revealed(String field, String value) {
	}

	record CorrectionBody(String spouseName, String idNumber, String phone, String skills, Integer version) {
	}

	record FairCount(String region, int year, int fairs) {
	}

	record NeedBody(String spouseName, String idNumber, String phone, Long soldierUnitId, String education,
			String skills, String workKind, String regionCode, LocalDate arrivedOn) {
	}

	record MatchBody(Long postId, Integer version) {
	}

	record StepBody(String step, LocalDate on, String note, Integer version) {
	}

	record CloseBody(String outcome, LocalDate on, String note, Integer version) {
	}

	record PostBody(String kind, String title, Long employerUnitId, String employerName, String minEducation,
			String workKind, Integer openings, String regionCode, Long fairId) {
	}

	record FairBody(String title, LocalDate heldOn, Boolean bayi, String place, String regionCode, Integer attendance) {
	}
}
