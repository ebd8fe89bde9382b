package cn.shuangyong.employment.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.employment.JobFair;
import cn.shuangyong.employment.JobPost;
import cn.shuangyong.employment.SpouseCase;
import cn.shuangyong.employment.UnitRef;
import cn.shuangyong.shared.web.ApiLabels;
import org.springframework.stereotype.Component;

/** The API's records: each code with its Chinese label beside it. */
@Component
class EmploymentJson {

	private final ApiLabels labels;

	EmploymentJson(ApiLabels labels) {
		this.labels = labels;
	}

	CaseJson of(SpouseCase c) {
		String status = c.closed() ? "CLOSED" : c.overdue() ? "OVERDUE" : "OPEN";
		return new CaseJson(c.id(), c.spouseName(), c.idMasked(), c.phoneMasked(), c.soldierUnit(), c.filedBy(),
				c.assignedUnit(), c.education().name(), labels.of(c.education().messageKey()), c.skills(),
				c.workKind().name(), labels.of(c.workKind().messageKey()), c.regionCode(), c.regionName(), c.arrivedOn(),
				c.registeredOn(), c.deadline(), status, labels.of("employment.status." + status),
				c.outcome() == null ? null : c.outcome().name(),
				c.outcome() == null ? null : labels.of(c.outcome().messageKey()), c.outcomeOn(), c.outcomeNote(),
				c.matches().stream().map(m -> new MatchJson(m.id(), m.postId(), m.postTitle(), m.employer(),
						m.state().name(), labels.of(m.state().messageKey()), m.confirmedOn())).toList(),
				c.timeline().stream().map(s -> new StepJson(s.kind(), labels.of(s.messageKey()), s.on(), s.note()))
					.toList(),
				c.taskId(), c.version());
	}

	PostJson of(JobPost p) {
		return new PostJson(p.id(), p.kind().name(), labels.of(p.kind().messageKey()), p.title(), p.employer(),
				p.minEducation().name(), labels.of(p.minEducation().messageKey()), p.workKind().name(),
				labels.of(p.workKind().messageKey()), p.openings(), p.hired(), p.regionCode(), p.regionName(),
				p.offeredBy(), p.fairId(), p.open());
	}

	ProposalJson of(JobPost.Proposed p) {
		return new ProposalJson(of(p.post()), p.score(), p.sameRegion(), p.wishedWork());
	}

	FairJson of(JobFair f) {
		return new FairJson(f.id(), f.title(), f.heldOn(), f.bayi(), f.place(), f.regionCode(), f.regionName(),
				f.organiser(), f.attendance(), f.employers(), f.posts().stream().map(this::of).toList());
	}

	/** A case; {@code status} is OPEN, OVERDUE or CLOSED. */
	record CaseJson(long id, String spouseName, String idMasked, String phoneMasked, UnitRef soldierUnit,
			UnitRef filedBy, UnitRef assignedUnit, String education, String educationLabel, String skills,
			String workKind, String workKindLabel, String regionCode, String regionName, LocalDate arrivedOn,
			LocalDate registeredOn, LocalDate deadline, String status, String statusLabel, String outcome,
			String outcomeLabel, LocalDate outcomeOn, String outcomeNote, List<MatchJson> matches,
			List<StepJson> timeline, Long taskId, int version) {
	}

	record MatchJson(long id, long postId, String postTitle, String employer, String state, String stateLabel,
			LocalDate confirmedOn) {
	}

	record StepJson(String kind, String kindLabel, LocalDate on, String note) {
	}

	record PostJson(long id, String kind, String kindLabel, String title, String employer, String minEducation,
			String minEducationLabel, String workKind, String workKindLabel, int openings, int hired, String regionCode,
			String regionName, UnitRef offeredBy, Long fairId, boolean open) {
	}

	record ProposalJson(PostJson post, int score, boolean sameRegion, boolean wishedWork) {
	}

	record FairJson(long id, String title, LocalDate heldOn, boolean bayi, String place, String regionCode,
			String regionName, UnitRef organiser, Integer attendance, long employers, List<PostJson> posts) {
	}
}
