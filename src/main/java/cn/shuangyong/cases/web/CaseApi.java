package cn.shuangyong.cases.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.cases.CaseCategory;
import cn.shuangyong.cases.CaseDocuments;
import cn.shuangyong.cases.CaseFigures;
import cn.shuangyong.cases.CaseFilter;
import cn.shuangyong.cases.CaseQueries;
import cn.shuangyong.cases.CaseStep;
import cn.shuangyong.cases.CaseView;
import cn.shuangyong.cases.GrievanceCase;
import cn.shuangyong.cases.Grievances;
import cn.shuangyong.cases.NewCase;
import cn.shuangyong.cases.Satisfaction;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.files.Upload;
import cn.shuangyong.shared.web.ApiLabels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Grievance cases as JSON: intake, acceptance, extension, answer, call-back and review; personal data masked. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "矛盾问题化解", description = "退役军人和优抚对象矛盾问题案件：登记、受理交办（督办任务）、延期一次、办结、回访满意度、不满意复查；个人信息脱敏")
class CaseApi {

	private final CaseQueries queries;

	private final Grievances grievances;

	private final CaseDocuments documents;

	private final ApiLabels labels;

	private final BusinessClock clock;

	CaseApi(CaseQueries queries, Grievances grievances, CaseDocuments documents, ApiLabels labels, BusinessClock clock) {
		this.queries = queries;
		this.grievances = grievances;
		this.documents = documents;
		this.labels = labels;
		this.clock = clock;
	}

	@Operation(summary = "案件列表（数据范围内及本单位承办的，分页）", description = "region 为行政区划代码；status 为 RECEIVED、ACCEPTED、REFUSED、RESOLVED、REOPENED 或 CLOSED；category 为类别代码；overdue=true 只列超期案件，tough=true 只列攻坚案件，"
			+ "red=true 只列红色名单（未结超过期限合计天数的久拖案件，及逾月未报进展的攻坚案件），按登记日期由早到晚；" + Paging.API_DESCRIPTION)
	@GetMapping
	ListPage<CaseJson> cases(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category, @RequestParam(required = false) boolean overdue,
			@RequestParam(required = false) boolean tough, @RequestParam(required = false) boolean red,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.cases(CaseFilter.of(region, status, category, overdue, tough, red), Paging.of(page, size), user)
			.map(this::json);
	}

	@Operation(summary = "单个案件及办理经过（查看当事人信息，记入审计）")
	@GetMapping("/{id}")
	CaseJson detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json(queries.detail(id, user));
	}

	@Operation(summary = "案件类别")
	@GetMapping("/categories")
	List<CaseCategory> categories() {
		return queries.categories();
	}

	@Operation(summary = "按类别和月份统计：案件数、办结、按期办结、满意（重复信访不重复计数）")
	@GetMapping("/figures")
	List<CaseFigures> figures(@AuthenticationPrincipal CurrentUser user) {
		return queries.figures(user);
	}

	@Operation(summary = "登记案件", description = "source 为 PETITION（信访）、HOTLINE（热线）、VISIT（来访）、LETTER（来信）或 INSTRUCTION（领导批示）；"
			+ "当事人在优抚对象库中的，填 registryPersonId，或填身份证号由系统在本辖区优抚对象库中查找，姓名以库中为准")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseJson register(@RequestBody NewCaseJson body, @AuthenticationPrincipal CurrentUser user) {
		long id = grievances.register(NewCase.of(body.source(), body.category(), body.summary(), body.personName(),
				body.idNumber(), body.phone(), body.receivedOn(), body.leaderName(), body.registryPersonId(), clock.today()),
				user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "受理并交办承办单位（交办单位），生成督办任务", description = "cooperatingUnitIds 为配合单位，可不填")
	@PostMapping("/{id}/accept")
	CaseJson accept(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.handlingUnitId() == null) {
			throw new InvalidInputException("承办单位（handlingUnitId）：请选择");
		}
		grievances.accept(id, version(body), body.handlingUnitId(), body.cooperatingUnitIds(), body.on(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "不予受理（交办单位）")
	@PostMapping("/{id}/refuse")
	CaseJson refuse(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		grievances.refuse(id, version(body), body.text(), body.on(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "延期（交办单位，仅一次）", description = "until 为延长后的期限，text 为理由")
	@PostMapping("/{id}/extend")
	CaseJson extend(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		grievances.extend(id, version(body), body.until(), body.text(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "指定包案领导（列为攻坚案件）")
	@PostMapping("/{id}/leader")
	CaseJson leader(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		grievances.lead(id, version(body), body.text(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "记录进展（交办或承办单位）")
	@PostMapping("/{id}/progress")
	CaseJson progress(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		grievances.progress(id, body.text(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "填报办理结果（承办单位）")
	@PostMapping("/{id}/resolve")
	CaseJson resolve(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		grievances.resolve(id, version(body), body.text(), body.on(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "回访结案（交办单位）", description = "satisfaction 为 SATISFIED（满意）、BASIC（基本满意）或 UNSATISFIED（不满意，首次不满意转上级复查）；text 为结案审核意见")
	@PostMapping("/{id}/close")
	CaseJson close(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		grievances.close(id, version(body), satisfaction(body.satisfaction()), body.text(), body.on(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "上级复查（不满意重新复查的案件）")
	@PostMapping("/{id}/review")
	CaseJson review(@PathVariable long id, @RequestBody ActionJson body, @AuthenticationPrincipal CurrentUser user) {
		grievances.review(id, version(body), body.text(), body.on(), user);
		return json(queries.detail(id, user));
	}

	@Operation(summary = "上传案件材料（交办或承办单位）", description = "multipart/form-data，字段 files：PDF、Word（.docx）、Excel（.xlsx）、JPG 或 PNG，"
			+ "按内容判断类型且须与扩展名相符，每个不超过 10 MB，一次最多 5 个；返回案件的全部材料")
	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	List<CaseDocuments.CaseDocument> attach(@PathVariable long id,
			@RequestParam(required = false) List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user) {
		documents.attach(id, Upload.of(files), user);
		return documents.of(id, user);
	}

	@Operation(summary = "案件材料列表")
	@GetMapping("/{id}/documents")
	List<CaseDocuments.CaseDocument> documents(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return documents.of(id, user);
	}

	private static int version(ActionJson body) {
		if (body.version() == null) {
			throw new InvalidInputException("版本号（version）：请填写读取案件时的 version");
		}
		return body.version();
	}

	static Satisfaction satisfaction(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Satisfaction.valueOf(text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("满意度（satisfaction）：须为 SATISFIED、BASIC 或 UNSATISFIED");
		}
	}

	private CaseJson json(CaseView v) {
		GrievanceCase c = v.grievance();
		return new CaseJson(c.id(), c.source().name(), labels.of(c.source().messageKey()), c.categoryCode(),
				v.categoryLabel(), c.summary(), c.personName(), c.idMasked(), c.phoneMasked(), c.regionCode(),
				v.regionName(), v.officeName(), c.handlingUnitId(), v.handlingName(), c.receivedOn(), c.acceptBy(),
				c.acceptedOn(), c.answerBy(), c.extendedTo(), c.extensionReason(), c.currentLimit(), v.overdue(),
				v.ageDays(), v.old(), v.reportDue(), v.reportLate(), v.red(),
				c.taskId(), c.leaderName(), c.tough(), c.state().name(), labels.of(c.state().messageKey()),
				c.resolution(), c.resolvedOn(), c.satisfaction() == null ? null : c.satisfaction().name(),
				c.satisfaction() == null ? null : labels.of(c.satisfaction().messageKey()), c.reopened(),
				c.closureReview(), c.closedOn(), c.repeatOf(), c.registryPersonId(), v.steps(), c.version());
	}

	/** A case; the ID number and phone come masked only. */
	record CaseJson(long id, String source, String sourceLabel, String category, String categoryLabel, String summary,
			String personName, String idNumberMasked, String phoneMasked, String regionCode, String regionName,
			String officeName, Long handlingUnitId, String handlingUnitName, LocalDate receivedOn, LocalDate acceptBy,
			LocalDate acceptedOn, LocalDate answerBy, LocalDate extendedTo, String extensionReason,
			LocalDate currentLimit, boolean overdue, long ageDays, boolean old, LocalDate reportDue,
			boolean reportLate, boolean red, Long taskId, String leaderName, boolean tough, String state,
			String stateLabel, String resolution, LocalDate resolvedOn, String satisfaction, String satisfactionLabel,
			boolean reopened, String closureReview, LocalDate closedOn, Long repeatOf, Long registryPersonId,
			List<CaseStep> steps, int version) {
	}

	record NewCaseJson(String source, String category, String summary, String personName, String idNumber,
			String phone, LocalDate receivedOn, String leaderName, Long registryPersonId) {
	}

	/** The body of every move: what each needs of it is named in its operation. */
	record ActionJson(Integer version, Long handlingUnitId, List<Long> cooperatingUnitIds, LocalDate on,
			LocalDate until, String text, String satisfaction) {
	}
}
