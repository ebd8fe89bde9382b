package cn.shuangyong.supervision.reporting;

import java.util.List;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskView;

/** A task as a ledger line in Chinese, the same on screen and in the workbook. */
public record LedgerLine(String itemNo, String title, String leadUnits, String cooperatingUnits, String deadline,
		String state, String colour, TaskColour colourCode, String lastReport, String signedOff, long taskId) {

	public static LedgerLine of(TaskView task) {
		return new LedgerLine(task.itemNo(), task.title(), names(task.leadUnits()), names(task.cooperatingUnits()),
				LedgerWorkbook.day(task.deadline()), task.state().chinese(), colour(task.colour()), task.colour(),
				task.lastReportAt() == null ? "" : LedgerWorkbook.day(task.lastReportAt().atZone(TaskColour.CHINA)),
				LedgerWorkbook.day(task.signedOffOn()), task.id());
	}

	List<String> cells() {
		return List.of(itemNo, title, leadUnits, cooperatingUnits, deadline, state, colour, lastReport, signedOff);
	}

	private static String names(List<TaskView.UnitRef> units) {
		return String.join("、", units.stream().map(TaskView.UnitRef::name).toList());
	}


	static String colour(TaskColour colour) {
		return switch (colour) {
			case RED -> "红";
			case YELLOW -> "黄";
			case GREEN -> "绿";
		};
	}
}
