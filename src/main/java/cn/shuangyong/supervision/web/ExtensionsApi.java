package cn.shuangyong.supervision.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.ApiLabels;
import cn.shuangyong.supervision.tasklife.ExtensionRequest;
import cn.shuangyong.supervision.Extensions;
import cn.shuangyong.supervision.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 延期 as JSON: a lead asks, the issuing office approves or refuses, and the office lists what waits for it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "督查督办", description = "任务的签收、报送进展、申请销号、办结与退回")
class ExtensionsApi {

	private final Extensions extensions;

	private final Tasks tasks;

	private final ApiLabels labels;

	ExtensionsApi(Extensions extensions, Tasks tasks, ApiLabels labels) {
		this.extensions = extensions;
		this.tasks = tasks;
		this.labels = labels;
	}

	@Operation(summary = "申请延期（牵头单位），须写明理由")
	@PostMapping("/tasks/{id}/extensions")
	@ResponseStatus(HttpStatus.CREATED)
	ExtensionJson request(@PathVariable long id, @RequestBody AskJson ask, @AuthenticationPrincipal CurrentUser user) {
		return json(extensions.request(id, ask.until(), ask.reason(), user));
	}

	@Operation(summary = "任务的延期申请及审批结果")
	@GetMapping("/tasks/{id}/extensions")
	List<ExtensionJson> ofTask(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		tasks.find(id, user);
		return extensions.ofTask(id).stream().map(this::json).toList();
	}

	@Operation(summary = "待本办审批的延期申请")
	@GetMapping("/extensions")
	List<ExtensionJson> waiting(@AuthenticationPrincipal CurrentUser user) {
		return extensions.waitingFor(user).stream().map(this::json).toList();
	}

	@Operation(summary = "同意延期（下发任务的双拥办）")
	@PostMapping("/extensions/{requestId}/approve")
	ExtensionJson approve(@PathVariable long requestId, @RequestBody(required = false) ReasonJson note,
			@AuthenticationPrincipal CurrentUser user) {
		return json(extensions.approve(requestId, note == null ? null : note.reason(), user));
	}

	@Operation(summary = "不同意延期，须写明理由（下发任务的双拥办）")
	@PostMapping("/extensions/{requestId}/refuse")
	ExtensionJson refuse(@PathVariable long requestId, @RequestBody(required = false) ReasonJson reason,
			@AuthenticationPrincipal CurrentUser user) {
		return json(extensions.refuse(requestId, reason == null ? null : reason.reason(), user));
	}

	private ExtensionJson json(ExtensionRequest r) {
		return new ExtensionJson(r.id(), r.taskId(), r.taskTitle(), r.itemNo(), r.unitId(), r.unitName(), r.requestedBy(),
				r.currentDeadline(), r.requestedDeadline(), r.reason(), r.state().name(), labels.of(r.state().messageKey()),
				r.decidedBy(), r.decisionReason(), r.decidedAt(), r.createdAt());
	}

	/** A request for more time; {@code state} is PENDING, APPROVED or REFUSED, with its Chinese label beside it. */
	record ExtensionJson(long id, long taskId, String taskTitle, String itemNo, long unitId, String unitName,
			String requestedBy, LocalDate currentDeadline, LocalDate requestedDeadline, String reason, String state,
			String stateLabel, String decidedBy, String decisionReason, Instant decidedAt, Instant createdAt) {
	}

	record AskJson(LocalDate until, String reason) {
	}

	record ReasonJson(String reason) {
	}
}
