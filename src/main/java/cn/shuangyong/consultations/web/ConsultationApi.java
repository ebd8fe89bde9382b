package cn.shuangyong.consultations.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.consultations.ConsultationQueries;
import cn.shuangyong.consultations.Consultations;
import cn.shuangyong.consultations.Meeting;
import cn.shuangyong.consultations.NewDecision;
import cn.shuangyong.consultations.NewMeeting;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.ApiLabels;
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

/** The meetings of the five mechanisms as JSON. */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "协商会商", description = "专题协商、工作会商、区域协调会议：议程、参会单位、纪要、议定事项（转为督办任务）")
class ConsultationApi {

	private final ConsultationQueries queries;

	private final Consultations consultations;

	private final ApiLabels labels;

	ConsultationApi(ConsultationQueries queries, Consultations consultations, ApiLabels labels) {
		this.queries = queries;
		this.consultations = consultations;
		this.labels = labels;
	}

	@Operation(summary = "会议列表（数据范围内，分页）", description = "按召开日期（新的在前）排序；" + Paging.API_DESCRIPTION)
	@GetMapping
	ListPage<ConsultationJson> meetings(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return queries.meetings(Paging.of(page, size), user).map(this::json);
	}

	@Operation(summary = "单个会议，含参会单位和议定事项")
	@GetMapping("/{id}")
	ConsultationJson meeting(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json(queries.meeting(id, user));
	}

	@Operation(summary = "组织会议（双拥办）", description = "kind 为 TOPIC（专题协商）、WORK（工作会商）或 REGIONAL（区域协调）")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ConsultationJson call(@RequestBody MeetingJson body, @AuthenticationPrincipal CurrentUser user) {
		NewMeeting meeting = NewMeeting.of(body.kind(), body.title(), body.heldOn(), body.place(), body.agenda(),
				body.participantUnitIds());
		return json(queries.meeting(consultations.call(meeting, user), user));
	}

	@Operation(summary = "记录会议纪要（召集单位）")
	@PostMapping("/{id}/minutes")
	ConsultationJson minutes(@PathVariable long id, @RequestBody MinutesJson body, @AuthenticationPrincipal CurrentUser user) {
		consultations.recordMinutes(id, body.version(), body.minutes(), user);
		return json(queries.meeting(id, user));
	}

	@Operation(summary = "登记议定事项（召集单位），转为督办任务")
	@PostMapping("/{id}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	ConsultationJson decide(@PathVariable long id, @RequestBody DecisionJson body, @AuthenticationPrincipal CurrentUser user) {
		consultations.decide(id, NewDecision.of(body.text(), body.leadUnitIds(), body.cooperatingUnitIds(), body.deadline()),
				user);
		return json(queries.meeting(id, user));
	}

	private ConsultationJson json(Meeting m) {
		return new ConsultationJson(m.id(), m.kind().name(), labels.of(m.kind().messageKey()), m.title(), m.heldOn(),
				m.place(), m.agenda(), m.minutes(), m.convener(), m.regionCode(), m.held(), m.participants(),
				m.decisions(), m.version());
	}

	/** A meeting; {@code kind} is TOPIC, WORK or REGIONAL, with its Chinese label beside it. */
	record ConsultationJson(long id, String kind, String kindLabel, String title, LocalDate heldOn, String place,
			String agenda, String minutes, Meeting.UnitRef convener, String regionCode, boolean held,
			List<Meeting.UnitRef> participants, List<Meeting.Decision> decisions, int version) {
	}

	record MeetingJson(String kind, String title, LocalDate heldOn, String place, String agenda,
			List<Long> participantUnitIds) {
	}

	record MinutesJson(String minutes, int version) {
	}

	record DecisionJson(String text, List<Long> leadUnitIds, List<Long> cooperatingUnitIds, LocalDate deadline) {
	}
}
