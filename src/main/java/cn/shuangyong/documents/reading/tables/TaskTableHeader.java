package cn.shuangyong.documents.reading.tables;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a row of cells heads a task table: it names who leads (any header with 牵头, or 责任单位 / 主责单位 /
 * 责任部门 standing alone) beside a number or a task column. A leader's column (分管领导, 牵头领导) names people, so
 * it never counts as the lead column.
 */
public final class TaskTableHeader {

	private static final Pattern LEAD = Pattern.compile("牵头|牽頭|主责|主責|责任单位|責任單位|责任部门|責任部門");
	private static final Pattern LEADER = Pattern.compile("领导|領導");
	private static final Pattern NUMBER_OR_TASK = Pattern.compile("序号|序號|编号|編號|任务|任務|工作|内容|內容|事项|事項|措施|要点|要點");
	private static final int MAX_HEADER_CELL = 12;

	private TaskTableHeader() {
	}

	public static boolean heads(List<String> cells) {
		boolean lead = false;
		boolean numberOrTask = false;
		int named = 0;
		for (String cell : cells) {
			String c = cell.replaceAll("\\s+", "");
			if (c.isEmpty()) {
				continue;
			}
			if (c.length() > MAX_HEADER_CELL) {
				return false;
			}
			named++;
			if (LEAD.matcher(c).find() && !LEADER.matcher(c).find()) {
				lead = true;
			}
			else if (NUMBER_OR_TASK.matcher(c).find()) {
				numberOrTask = true;
			}
		}
		return lead && numberOrTask && named >= 3;
	}

	/** Whether one cell alone could be a header cell (for tables flattened one cell per line). */
	static boolean isHeaderWord(String cell) {
		String c = cell.replaceAll("\\s+", "");
		return !c.isEmpty() && c.length() <= MAX_HEADER_CELL
				&& (LEAD.matcher(c).find() || NUMBER_OR_TASK.matcher(c).find() || c.matches(".*(单位|單位|部门|部門|时限|時限|时间|時間|节点|節點|领导|領導|备注|備註|備注)$"));
	}
}
