package cn.shuangyong.supervision.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.ApiLabels;
import cn.shuangyong.shared.web.SeenVersion;
import cn.shuangyong.supervision.attachments.Attachments;
import cn.shuangyong.supervision.tasklife.ReportDraft;
import cn.shuangyong.supervision.tasklife.SourceLink;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskRole;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
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
import org.springframework.web.multipart.MultipartFile;

/** Tasks as JSON: list with filters, and the actions of their life. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "督查督办", description = "任务的签收、报送进展、申请销号、办结与退回")
class TasksApi {

	private static final String SEEN = "须带上读取任务时的版本号（If-Match 头或 version 字段），缺少时返回 400；任务已被他人修改时返回 409，不作任何改动。";

	private static final String TASK = "任务";

	private final Tasks tasks;

	private final TaskWork work;

	private final Attachments attachments;

	private final ApiLabels labels;

	TasksApi(Tasks tasks, TaskWork work, Attachments attachments, ApiLabels labels) {
		this.tasks = tasks;
		this.work = work;
		this.attachments = attachments;
		this.labels = labels;
	}

	@Operation(summary = "任务列表（分页）", description = "colour 为 GREEN、YELLOW 或 RED；紧急的在前：红、黄，再其余未办结的，各按截止日期，已办结的最后；"
			+ Paging.API_DESCRIPTION)
	@GetMapping
	ListPage<TaskJson> list(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String colour, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return tasks.page(new Tasks.TaskFilter(plan, unit, colour(colour)), Paging.of(page, size), user)
			.map(t -> json(t, user));
	}

	@Operation(summary = "单个任务")
	@GetMapping("/{id}")
	TaskJson task(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json(tasks.find(id, user), user);
	}

	@Operation(summary = "签收（牵头单位）", description = SEEN)
	@PostMapping("/{id}/sign-for")
	TaskJson signFor(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return json(work.signFor(id, SeenVersion.required(ifMatch, version, TASK), user), user);
	}

	@Operation(summary = "报送进展（牵头或配合单位）", description = "figures 为 指标 id → 本单位累计完成数。" + SEEN)
	@PostMapping(path = "/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	TaskJson report(@PathVariable long id, @RequestBody ReportJson report,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		return json(work.report(id, new ReportDraft(report.text(), report.figures(), List.of()),
				SeenVersion.required(ifMatch, report.version(), TASK), user), user);
	}

	@Operation(summary = "报送进展并上传附件（multipart）",
			description = "字段 text；每个指标一个 figure.<指标id>；文件字段 files，可多个，仅限 pdf、docx、xlsx、jpg、png")
	@PostMapping(path = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	TaskJson reportWithFiles(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			@RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return json(work.report(id, ReportForm.draft(text, params, files), SeenVersion.required(ifMatch, version, TASK), user), user);
	}

	@Operation(summary = "下载进展报告的附件（能看到该任务的用户）")
	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<Resource> attachment(@PathVariable long attachmentId, @AuthenticationPrincipal CurrentUser user) {
		return AttachmentDownloads.response(attachments.find(attachmentId, user));
	}

	@Operation(summary = "申请销号（第一牵头单位）", description = SEEN)
	@PostMapping("/{id}/submit")
	TaskJson submit(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return json(work.submit(id, SeenVersion.required(ifMatch, version, TASK), user), user);
	}

	@Operation(summary = "办结销号（发文的双拥办）", description = SEEN)
	@PostMapping("/{id}/sign-off")
	TaskJson signOff(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		return json(work.signOff(id, SeenVersion.required(ifMatch, version, TASK), user), user);
	}

	@Operation(summary = "退回，须写明原因（发文的双拥办）", description = SEEN)
	@PostMapping("/{id}/return")
	TaskJson returnTask(@PathVariable long id, @RequestBody(required = false) ReasonJson reason,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		return json(work.returnTask(id, reason == null ? null : reason.reason(),
				SeenVersion.required(ifMatch, reason == null ? null : reason.version(), TASK), user), user);
	}

	@Operation(summary = "重新打开已办结的任务（发文的双拥办）", description = SEEN)
	@PostMapping("/{id}/reopen")
	TaskJson reopen(@PathVariable long id, @RequestBody(required = false) ReasonJson reason,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		return json(work.reopen(id, reason == null ? null : reason.reason(),
				SeenVersion.required(ifMatch, reason == null ? null : reason.version(), TASK), user), user);
	}

	private static TaskColour colour(String colour) {
		if (colour == null || colour.isBlank()) {
			return null;
		}
		try {
			return TaskColour.valueOf(colour.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("colour 只能是 GREEN、YELLOW 或 RED");
		}
	}

	TaskJson json(TaskView t, CurrentUser user) {
		TaskRole role = t.roleOf(user.unitId());
		return new TaskJson(t.id(), t.planId(), t.planDocNumber(), t.itemNo(), t.title(),
				t.leadUnits().stream().map(u -> new UnitJson(u.id(), u.name())).toList(),
				t.cooperatingUnits().stream().map(u -> new UnitJson(u.id(), u.name())).toList(), t.deadline(),
				t.state().name(), labels.of(t.state().messageKey()), t.colour().name(), t.colour().chinese(),
				t.standing().name(), labels.of(t.standing().messageKey()), t.sourceKind(), t.sourceId(), t.version(),
				t.source(), role == null ? null : role.name(), role == null ? null : labels.of(role.messageKey()));
	}

	/**
	 * A task; {@code state}, {@code colour} and {@code standing} (DONE_LATE: 逾期办结 …, the rule every page shows) are
	 * codes, each with its Chinese label beside it; {@code source} is the record it came from with its page,
	 * {@code sourceKind} and {@code sourceId} the same kept for earlier clients, {@code version} what a change sends
	 * back as {@code If-Match} or {@code version}; {@code unitRole} is what the caller's unit does on it (LEAD 牵头,
	 * COOPERATING 配合, null for neither), with its label.
	 */
	record TaskJson(long id, Long planId, String planDocNumber, String itemNo, String title, List<UnitJson> leadUnits,
			List<UnitJson> cooperatingUnits, LocalDate deadline, String state, String stateLabel, String colour,
			String colourLabel, String standing, String standingLabel, String sourceKind, long sourceId, int version,
			SourceLink source, String unitRole, String unitRoleLabel) {
	}

	record UnitJson(long id, String name) {
	}

	record ReportJson(String text, java.util.Map<Long, Integer> figures, Integer version) {
	}

	record ReasonJson(String reason, Integer version) {
	}
}
