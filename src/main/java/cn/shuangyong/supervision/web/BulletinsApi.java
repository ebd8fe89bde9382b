package cn.shuangyong.supervision.web;

import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.supervision.Bulletins;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 情况通报 as JSON and files: issue one for a date, list them, download .docx or PDF, and the unnumbered draft. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "情况通报", description = "按日期统计工作要点落实情况，编号印发通报，下载 .docx 与 PDF")
class BulletinsApi {

	private final Bulletins bulletins;

	BulletinsApi(Bulletins bulletins) {
		this.bulletins = bulletins;
	}

	@Operation(summary = "印发情况通报（印发工作要点的双拥办）", description = "date 为统计截止日期，格式 YYYY-MM-DD")
	@PostMapping("/plans/{id}/bulletins")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedJson issue(@PathVariable long id, @RequestBody(required = false) DateJson body,
			@AuthenticationPrincipal CurrentUser user) {
		Bulletins.IssuedBulletin issued = bulletins.issue(id, BulletinDates.parse(body == null ? null : body.date()),
				user);
		return new IssuedJson(issued.id(), issued.docNumber());
	}

	@Operation(summary = "工作要点已印发的情况通报")
	@GetMapping("/plans/{id}/bulletins")
	List<Bulletins.BulletinSummary> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return bulletins.ofPlan(id, user);
	}

	@Operation(summary = "下载通报 .docx")
	@GetMapping("/bulletins/{id}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Bulletins.BulletinSummary bulletin = bulletins.find(id, user);
		return Attachment.docx(bulletin.docNumber() + " " + bulletin.title() + ".docx", bulletins.docx(id, user));
	}

	@Operation(summary = "下载通报 PDF", description = "服务器未安装 LibreOffice 时返回 503")
	@GetMapping("/bulletins/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Bulletins.BulletinSummary bulletin = bulletins.find(id, user);
		return Attachment.pdf(bulletin.docNumber() + " " + bulletin.title() + ".pdf", bulletins.pdf(id, user));
	}

	@Operation(summary = "通报征求意见稿（不编号）")
	@GetMapping("/plans/{id}/bulletin.docx")
	ResponseEntity<byte[]> preview(@PathVariable long id, @RequestParam(required = false) String date,
			@AuthenticationPrincipal CurrentUser user) {
		return Attachment.docx("情况通报（征求意见稿）.docx", bulletins.preview(id, BulletinDates.parse(date), user));
	}

	@ExceptionHandler(cn.shuangyong.documents.writing.PdfConverterMissingException.class)
	ProblemDetail noConverter(RuntimeException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
		problem.setTitle("暂时无法生成 PDF");
		return problem;
	}

	record DateJson(String date) {
	}

	record IssuedJson(long id, String docNumber) {
	}
}
