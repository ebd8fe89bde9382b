package cn.shuangyong.supervision.reporting;

import java.util.List;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskView;

/**
 * A task as a ledger line in Chinese, the same on screen and in the workbook. Its standing reads in words
 * (逾期办结 …), from the rule every other view uses.
 */
public record LedgerLine(String itemNo, String title, String leadUnits, String cooperatingUnits, String deadline,
		String state, String standing, TaskStanding standingCode, TaskColour colourCode, String lastReport,
		String signedOff, long taskId) {

	public static LedgerLine of(TaskView task) {
		return new LedgerLine(task.itemNo(), task.title(), names(task.leadUnits()), names(task.cooperatingUnits()),
				LedgerWorkbook.day(task.deadline()), task.state().chinese(), task.standing().chinese(), task.standing(),
				task.colour(),
				task.lastReportAt() == null ? "" : LedgerWorkbook.day(task.lastReportAt().atZone(TaskColour.CHINA)),
				LedgerWorkbook.day(task.signedOffOn()), task.id());
	}

	List<String> cells() {
		return List.of(itemNo, title, leadUnits, cooperatingUnits, deadline, state, standing, lastReport, signedOff);
	}

	private static String names(List<TaskView.UnitRef> units) {
		return String.join("、", units.stream().map(TaskView.UnitRef::name).toList());
	}
}
