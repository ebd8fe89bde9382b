package cn.shuangyong.duallist;

import java.time.LocalDate;
import java.util.List;

/** An entry as stored: units by id only. */
record EntryRow(long id, long listId, EntrySide side, EntryKind kind, String title, String description,
		long requestingUnitId, String filedBy, EntryState state, Long responsibleUnitId, List<Long> cooperatingUnitIds,
		LocalDate deadline, String decisionNote, Long taskId, LocalDate doneOn, String feedback, Integer satisfaction,
		int version) {
}
