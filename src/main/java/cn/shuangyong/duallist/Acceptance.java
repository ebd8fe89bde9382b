package cn.shuangyong.duallist;

import java.time.LocalDate;
import java.util.List;

/** The office accepts an entry: the unit responsible, those who help, the deadline and a note. */
public record Acceptance(long responsibleUnitId, List<Long> cooperatingUnitIds, LocalDate deadline, String note) {

	public Acceptance {
		cooperatingUnitIds = cooperatingUnitIds == null ? List.of()
				: cooperatingUnitIds.stream().filter(id -> id != responsibleUnitId).distinct().toList();
		note = note == null || note.isBlank() ? null : note.strip();
	}
}
