package cn.shuangyong.duallist;

import java.time.LocalDate;
import java.util.List;

/** An entry of a double list as pages and the API show it; unit names come from the directory. */
public record Entry(long id, long listId, EntrySide side, EntryKind kind, String title, String description,
		UnitRef requestingUnit, String filedBy, EntryState state, UnitRef responsibleUnit, List<UnitRef> cooperatingUnits,
		LocalDate deadline, String decisionNote, Long taskId, LocalDate doneOn, String feedback, Integer satisfaction,
		int version) {

	/** A unit by id and name. */
	public record UnitRef(long id, String name) {
	}
}
