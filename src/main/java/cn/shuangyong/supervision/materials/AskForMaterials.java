package cn.shuangyong.supervision.materials;

import java.time.LocalDate;
import java.util.List;

/** An office asks these units for a summary or a statistics form by a date. */
public record AskForMaterials(MaterialsKind kind, String title, String note, LocalDate dueOn, List<Long> unitIds) {

	public AskForMaterials {
		title = title == null ? "" : title.strip();
		note = note == null || note.isBlank() ? null : note.strip();
		unitIds = unitIds == null ? List.of() : unitIds.stream().distinct().toList();
	}
}
