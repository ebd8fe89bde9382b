package cn.shuangyong.consultations;

import java.time.LocalDate;
import java.util.List;

/** A meeting as pages and the API show it. */
public record Meeting(long id, MeetingKind kind, String title, LocalDate heldOn, String place, String agenda,
		String minutes, UnitRef convener, String regionCode, boolean held, List<UnitRef> participants,
		List<Decision> decisions, int version) {

	/** A unit by id and name. */
	public record UnitRef(long id, String name) {
	}

	/**
	 * A decision of the meeting and the task that follows it; {@code doneOn} is the day the task was signed off
	 * (已落实), null while it is open.
	 */
	public record Decision(long id, int position, String text, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits,
			LocalDate deadline, Long taskId, LocalDate doneOn) {

		public boolean done() {
			return doneOn != null;
		}
	}
}
