package cn.shuangyong.schooling.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.schooling.SchoolApplication;
import cn.shuangyong.schooling.UnitRef;
import cn.shuangyong.shared.web.ApiLabels;
import org.springframework.stereotype.Component;

/** The API's records: each code with its Chinese label beside it. */
@Component
class SchoolingJson {

	private final ApiLabels labels;

	SchoolingJson(ApiLabels labels) {
		this.labels = labels;
	}

	ApplicationJson of(SchoolApplication a) {
		return new ApplicationJson(a.id(), a.childName(), a.idMasked(), a.stage().name(), labels.of(a.stage().messageKey()),
				a.basis().name(), labels.of(a.basis().messageKey()), a.soldierUnit(), a.filedBy(), a.assignedUnit(),
				a.reviewUnit(), a.regionCode(), a.regionName(), a.wishedSchool(), a.documents(), a.term().year(),
				a.term().season().name(), labels.of(a.term().messageKey()), a.termStartsOn(), a.appliedOn(), a.decideBy(),
				a.state().name(), labels.of(a.state().messageKey()), a.red(), a.school(), a.reasons(), a.decidedOn(),
				a.reviewAskedOn(), a.reviewReasons(), a.reviewedOn(),
				a.entitlements().stream().map(e -> new EntitlementJson(e.code(), labels.of(e.messageKey()), e.source(),
						e.article(), e.verified(), e.validFrom())).toList(),
				a.timeline().stream().map(s -> new StepJson(s.kind(), labels.of(s.messageKey()), s.on(), s.note()))
					.toList(),
				a.taskId(), a.reviewTaskId(), a.version());
	}

	/** An application; {@code red} is true while it is open near the start of term or past its deadline. */
	record ApplicationJson(long id, String childName, String idMasked, String stage, String stageLabel, String basis,
			String basisLabel, UnitRef soldierUnit, UnitRef filedBy, UnitRef assignedUnit, UnitRef reviewUnit,
			String regionCode, String regionName, String wishedSchool, String documents, int termYear, String season,
			String seasonLabel, LocalDate termStartsOn, LocalDate appliedOn, LocalDate decideBy, String state,
			String stateLabel, boolean red, String school, String reasons, LocalDate decidedOn, LocalDate reviewAskedOn,
			String reviewReasons, LocalDate reviewedOn, List<EntitlementJson> entitlements, List<StepJson> timeline,
			Long taskId, Long reviewTaskId, int version) {
	}

	/** What the rules give, with the rule's source and article; {@code verified} false where no source was checked. */
	record EntitlementJson(String code, String label, String source, String article, boolean verified,
			LocalDate validFrom) {
	}

	record StepJson(String kind, String kindLabel, LocalDate on, String note) {
	}
}
