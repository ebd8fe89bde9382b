package cn.shuangyong.supervision.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.supervision.urging.NoticeKind;
import cn.shuangyong.supervision.urging.NoticeView;
import cn.shuangyong.supervision.urging.Notices;
import cn.shuangyong.supervision.urging.Urging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Notices (提醒、催办、督办) as JSON, 催办 by hand, and each notice as a Word document. */
@RestController
@Tag(name = "催办督办", description = "任务的提醒、催办、督办文书")
class NoticesApi {

	private final Notices notices;

	private final Urging urging;

	NoticesApi(Notices notices, Urging urging) {
		this.notices = notices;
		this.urging = urging;
	}

	@Operation(summary = "任务的提醒、催办、督办文书")
	@GetMapping("/api/v1/tasks/{id}/notices")
	List<NoticeJson> ofTask(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return notices.ofTask(id, user).stream().map(NoticesApi::json).toList();
	}

	@Operation(summary = "可见的提醒、催办、督办文书（分页）",
			description = "kind 为 TI_XING（提醒）、CUI_BAN（催办）或 DU_BAN（督办），不填为全部；新的在前；" + Paging.API_DESCRIPTION)
	@GetMapping("/api/v1/notices")
	ListPage<NoticeJson> list(@RequestParam(required = false) NoticeKind kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return notices.visibleTo(user, kind, Paging.of(page, size)).map(NoticesApi::json);
	}

	@Operation(summary = "催办（发文的双拥办，任务须已逾期）")
	@PostMapping("/api/v1/tasks/{id}/notices")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeJson urge(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json(urging.urge(id, user));
	}

	@Operation(summary = "文书（Word）")
	@GetMapping("/api/v1/notices/{id}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		NoticeView notice = notices.find(id, user);
		byte[] body = notices.docx(id, user);
		return Attachment.docx(notice.docNumber() + ".docx", body);
	}

	static NoticeJson json(NoticeView n) {
		return new NoticeJson(n.id(), n.taskId(), n.kind().name(), n.kind().label(), n.docNumber(), n.title(),
				n.issuerName(), n.addressees(), n.copied(), n.deadline(), n.daysOverdue(), n.replyBy(), n.issuedOn(),
				n.byHand(), "/api/v1/notices/" + n.id() + ".docx");
	}

	record NoticeJson(long id, long taskId, String kind, String kindLabel, String docNumber, String title,
			String issuer, String addressees, String copied, LocalDate deadline, int daysOverdue, LocalDate replyBy,
			LocalDate issuedOn, boolean byHand, String document) {
	}
}
