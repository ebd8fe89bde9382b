package cn.shuangyong.publicity.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.publicity.Selection;
import cn.shuangyong.publicity.SelectionDetail;
import cn.shuangyong.publicity.Selections;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.ApiLabels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Exemplar selections as JSON: opening, nominating, reviewing, the 公示 with objections, and naming. */
@RestController
@RequestMapping("/api/v1/publicity/selections")
@Tag(name = "先进典型评选", description = "评选的推荐、审核、公示（含异议）与命名")
class SelectionApi {

	private final Selections selections;

	private final ApiLabels labels;

	SelectionApi(Selections selections, ApiLabels labels) {
		this.selections = selections;
		this.labels = labels;
	}

	record SelectionJson(long id, String honour, int year, String region, String stage, String stageLabel,
			String rules, String namingDoc, LocalDate namedOn, int version) {
	}

	record PlacesJson(String region, String regionName, int quota, int nominated, int approved) {
	}

	record NomineeJson(long id, String name, String region, String regionName, String nominatingUnit, Long personId,
			String story, String honours, String state, String stateLabel, String reviewNote, int version) {
	}

	record NoticeJson(long id, String docNumber, LocalDate start, LocalDate end, boolean running, String outcome,
			int version, List<ObjectionJson> objections) {
	}

	record ObjectionJson(long id, LocalDate receivedOn, String objector, String content, Boolean upheld,
			String reply) {
	}

	record DetailJson(SelectionJson selection, List<PlacesJson> places, List<NomineeJson> nominees,
			NoticeJson notice) {
	}

	@Operation(summary = "先进典型评选", description = "本地区、上级地区和下级地区组织的评选，新的在前；不分页（以评选次数为限）")
	@GetMapping
	List<SelectionJson> list(@AuthenticationPrincipal CurrentUser user) {
		return selections.visibleTo(user).stream().map(this::json).toList();
	}

	@Operation(summary = "一次评选：名额、候选人、公示与异议")
	@GetMapping("/{id}")
	DetailJson one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json(selections.detail(id, user));
	}

	@Operation(summary = "组织评选（双拥办）", description = "honour 称号、year 年度、rules 评选条件和程序、"
			+ "quotas 各地区名额（本级或直接下级地区代码:名额，逗号分隔，如 5323:3,5301:2）")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DetailJson open(@RequestParam(required = false) String honour, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String rules, @RequestParam(required = false) String quotas,
			@AuthenticationPrincipal CurrentUser user) {
		return json(selections.detail(selections.open(honour, year, rules, quotas, user), user));
	}

	@Operation(summary = "推荐候选人（本单位行政区域内）", description = "personId 为优抚对象登记库中的人员编号（登记在册的以登记库为准，"
			+ "不必再填姓名和地区），否则填 name 与 region；story 主要事迹，honours 所获荣誉")
	@PostMapping("/{id}/nominees")
	@ResponseStatus(HttpStatus.CREATED)
	DetailJson nominate(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String region,
			@RequestParam(required = false) String story, @RequestParam(required = false) String honours,
			@AuthenticationPrincipal CurrentUser user) {
		selections.nominate(id, personId, name, region, story, honours, user);
		return json(selections.detail(id, user));
	}

	@Operation(summary = "审核候选人（组织评选的双拥办）", description = "approve=true 通过；不通过须写 note；公示期间只能改为不通过")
	@PostMapping("/{id}/nominees/{nominee}/review")
	DetailJson review(@PathVariable long id, @PathVariable long nominee, @RequestParam int version,
			@RequestParam(defaultValue = "false") boolean approve, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user) {
		selections.review(id, nominee, version, approve, note, user);
		return json(selections.detail(id, user));
	}

	@Operation(summary = "公示审核通过的候选人", description = "version 为评选的版本；start、end 为公示的起止日期")
	@PostMapping("/{id}/notice")
	@ResponseStatus(HttpStatus.CREATED)
	DetailJson openNotice(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String start,
			@RequestParam(required = false) String end, @AuthenticationPrincipal CurrentUser user) {
		selections.openNotice(id, version, FormDate.of(start, "公示开始日期"), FormDate.of(end, "公示结束日期"), user);
		return json(selections.detail(id, user));
	}

	@Operation(summary = "登记公示期间收到的异议")
	@PostMapping("/{id}/notice/objections")
	@ResponseStatus(HttpStatus.CREATED)
	DetailJson objection(@PathVariable long id, @RequestParam(required = false) String receivedOn,
			@RequestParam(required = false) String objector, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String content, @AuthenticationPrincipal CurrentUser user) {
		selections.recordObjection(id, new ObjectionInput(FormDate.of(receivedOn, "收到异议日期"), objector, channel,
				content), user);
		return json(selections.detail(id, user));
	}

	@Operation(summary = "答复异议", description = "upheld 是否属实，reason 核查情况，reply 答复内容")
	@PostMapping("/{id}/notice/objections/{objection}/answer")
	DetailJson answer(@PathVariable long id, @PathVariable long objection,
			@RequestParam(required = false) Boolean upheld, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String reply, @AuthenticationPrincipal CurrentUser user) {
		selections.answer(id, objection, new ObjectionAnswer(upheld, reason, reply), user);
		return json(selections.detail(id, user));
	}

	@Operation(summary = "结束公示", description = "公示期满且异议均已答复后；version 为公示的版本，confirmed 公示是否通过")
	@PostMapping("/{id}/notice/close")
	DetailJson close(@PathVariable long id, @RequestParam int version,
			@RequestParam(defaultValue = "true") boolean confirmed, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user) {
		selections.closeNotice(id, version, confirmed, note, user);
		return json(selections.detail(id, user));
	}

	@Operation(summary = "命名", description = "公示通过后；version 为评选的版本，namingDoc 命名文件的文号或名称；"
			+ "命名的人选列入先进典型")
	@PostMapping("/{id}/name")
	DetailJson name(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String namingDoc,
			@AuthenticationPrincipal CurrentUser user) {
		selections.name(id, version, namingDoc, user);
		return json(selections.detail(id, user));
	}

	private SelectionJson json(Selection s) {
		return new SelectionJson(s.id(), s.honour(), s.year(), s.regionCode(), s.stage().name(),
				labels.of(s.stage().messageKey()), s.rules(), s.namingDoc(), s.namedOn(), s.version());
	}

	private DetailJson json(SelectionDetail d) {
		var n = d.notice();
		return new DetailJson(json(d.selection()),
				d.places().stream().map(p -> new PlacesJson(p.regionCode(), p.regionName(), p.quota(), p.nominated(),
						p.approved())).toList(),
				d.nominees().stream().map(l -> {
					var x = l.nominee();
					return new NomineeJson(x.id(), x.name(), x.regionCode(), l.regionName(), l.nominatingUnit(),
							x.personId(), x.story(), x.honours(), x.state().name(), labels.of(x.state().messageKey()),
							x.reviewNote(), x.version());
				}).toList(),
				n == null ? null : new NoticeJson(n.id(), n.docNumber(), n.period().start(), n.period().end(),
						n.running(), n.outcome() == null ? null : n.outcome().name(), n.version(),
						d.objections().stream().map(o -> new ObjectionJson(o.id(), o.receivedOn(), o.objector(),
								o.content(), o.upheld(), o.reply())).toList()));
	}
}
