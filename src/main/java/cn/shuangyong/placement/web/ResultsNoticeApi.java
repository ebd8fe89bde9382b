package cn.shuangyong.placement.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.documents.publicnotice.Objection;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.placement.ResultsNotice;
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

/** The 公示 of a round's results as JSON: opening it, its objections and their answers, and closing it. */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "安置")
class ResultsNoticeApi {

	private final ResultsNotice results;

	ResultsNoticeApi(ResultsNotice results) {
		this.results = results;
	}

	@Operation(summary = "公示选岗结果", description = "选岗结束后，由负责安置的双拥办按本单位发文字号发布，公示期 5 个工作日")
	@PostMapping("/rounds/{id}/results-notice")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeJson open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		results.open(id, user);
		return notice(id, user);
	}

	@Operation(summary = "选岗结果公示及异议")
	@GetMapping("/rounds/{id}/results-notice")
	NoticeJson notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return results.of(id, user).map(NoticeJson::of)
			.orElseThrow(() -> new NotFoundException("本批次的选岗结果尚未公示"));
	}

	@Operation(summary = "登记异议", description = "receivedOn 须在公示期内且不晚于今天；objector 为异议人，匿名的写“匿名”；channel 为收到方式")
	@PostMapping("/rounds/{id}/results-notice/objections")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeJson object(@PathVariable long id, @RequestBody ObjectionBody body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出异议（JSON）");
		}
		results.recordObjection(id, body.input(), user);
		return notice(id, user);
	}

	@Operation(summary = "答复异议", description = "upheld 为是否成立，reason 为核查情况，reply 为答复内容；答复后不能更改")
	@PostMapping("/rounds/{id}/results-notice/objections/{objectionId}/answer")
	NoticeJson answer(@PathVariable long id, @PathVariable long objectionId, @RequestBody AnswerBody body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出答复（JSON）");
		}
		results.answer(id, objectionId, body.answer(), user);
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

	record ObjectionBody(LocalDate receivedOn, String objector, String channel, String content) {

		ObjectionInput input() {
			return new ObjectionInput(receivedOn, objector, channel, content);
		}
	}

	record AnswerBody(Boolean upheld, String reason, String reply) {

		ObjectionAnswer answer() {
			return new ObjectionAnswer(upheld, reason, reply);
		}
	}

	record CloseBody(Boolean confirmed, String note) {
	}

	/** A 公示 with its objections. */
	record NoticeJson(String docNumber, String start, String end, boolean running, String outcome, int version,
			List<ObjectionJson> objections) {

		static NoticeJson of(ResultsNotice.Shown shown) {
			var n = shown.notice();
			return new NoticeJson(n.docNumber(), n.period().start().toString(), n.period().end().toString(), n.running(),
					n.outcome() == null ? null : n.outcome().label(), n.version(),
					shown.objections().stream().map(ObjectionJson::of).toList());
		}
	}

	record ObjectionJson(long id, String receivedOn, String objector, String channel, String content, Boolean upheld,
			String reason, String reply) {

		static ObjectionJson of(Objection o) {
			return new ObjectionJson(o.id(), o.receivedOn().toString(), o.objector(), o.channel(), o.content(),
					o.upheld(), o.reason(), o.reply());
		}
	}
}
