package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.List;

/**
 * An application as pages and the API show it: the child's ID masked, the soldier's unit by its public name (null
 * for a lost parent with none named), the entitlement its basis gives at its stage with the rule's source, whether it
 * is red, the timeline (empty in lists), and the supervision tasks of its decision and review (null when none).
 */
public record SchoolApplication(long id, String childName, String idMasked, Stage stage, Basis basis,
		UnitRef soldierUnit, UnitRef filedBy, UnitRef assignedUnit, UnitRef reviewUnit, String regionCode,
		String regionName, String wishedSchool, String documents, Term term, LocalDate termStartsOn,
		LocalDate appliedOn, LocalDate decideBy, ApplicationState state, String school, String reasons,
		LocalDate decidedOn, LocalDate reviewAskedOn, String reviewReasons, LocalDate reviewedOn, boolean red,
		List<Entitlement> entitlements, List<Step> timeline, Long taskId, Long reviewTaskId, int version) {

	/** One entry of the timeline; {@code kind} is SUBMITTED or the state the application moved to. */
	public record Step(String kind, LocalDate on, String note) {

		public String messageKey() {
			return "schooling.timeline." + kind;
		}
	}
}
