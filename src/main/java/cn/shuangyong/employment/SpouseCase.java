package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.List;

/**
 * A spouse's case as pages and the API show it: personal data masked, the soldier's unit by its public name, the
 * deadline and whether it has passed, the matches and the timeline (both empty in lists), and the supervision task
 * that follows it (null for a case registered before cases had tasks).
 */
public record SpouseCase(long id, String spouseName, String idMasked, String phoneMasked, UnitRef soldierUnit,
		UnitRef filedBy, UnitRef assignedUnit, Education education, String skills, WorkKind workKind,
		String regionCode, String regionName, LocalDate arrivedOn, LocalDate registeredOn, LocalDate deadline,
		Outcome outcome, LocalDate outcomeOn, String outcomeNote, boolean overdue, List<Match> matches,
		List<Step> timeline, Long taskId, int version) {

	public boolean closed() {
		return outcome != null;
	}

	/** A confirmed match and where it stands. */
	public record Match(long id, long postId, String postTitle, String employer, MatchState state,
			LocalDate confirmedOn) {
	}

	/**
	 * One entry of the timeline; {@code kind} is REGISTERED, CONFIRMED, OFFER, INTERVIEW, HIRED, NOT_HIRED, DECLINED
	 * or CLOSED.
	 */
	public record Step(String kind, LocalDate on, String note) {

		public String messageKey() {
			return "employment.timeline." + kind;
		}
	}
}
