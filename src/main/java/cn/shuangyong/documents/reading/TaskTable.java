package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a task table (序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限) into the lines a notice would write: the item
 * numbered, then 牵头单位：… and 责任单位：… on lines of their own, which the plan reader already understands. A
 * row whose cells all say the same thing is a merged heading row. A table without a 牵头 column is plain text.
 */
final class TaskTable {

	private static final Pattern NUMBER_HEADER = Pattern.compile("序号|编号");
	private static final Pattern LEAD_HEADER = Pattern.compile("牵头");
	// 责任单位 alone leads; beside a 牵头 column it cooperates (牵头责任单位 | 责任单位).
	private static final Pattern RESPONSIBLE_HEADER = Pattern.compile("主责|责任单位|责任部门");
	// 分管领导, 牵头领导: people, kept beside the item as a note and never read as units.
	private static final Pattern LEADER_HEADER = Pattern.compile("领导");
	private static final Pattern COOPERATOR_HEADER = Pattern.compile("(?:责任|配合|协办|协同|参加|参与|承办)(?:单位|部门)");
	private static final Pattern TIME_HEADER = Pattern.compile("时限|时间|节点");
	private static final Pattern TASK_HEADER = Pattern.compile("任务|内容|要点|措施|事项|工作");
	private static final Pattern TRAILING_MARK = Pattern.compile("[.、\\s]+$");

	private TaskTable() {
	}

	static List<String> lines(List<List<String>> rows) {
		int header = headerRow(rows);
		List<String> lines = new ArrayList<>();
		for (int r = 0; r < (header < 0 ? rows.size() : header); r++) {
			// A title merged across the columns comes once in each cell it spans: it is one line.
			rows.get(r).stream().filter(cell -> !cell.isBlank()).distinct().forEach(cell -> lines.addAll(cell.lines().toList()));
		}
		if (header >= 0) {
			Columns columns = new Columns(rows.get(header));
			rows.subList(header + 1, rows.size()).forEach(row -> lines.addAll(columns.lines(row)));
		}
		return lines;
	}

	private static int headerRow(List<List<String>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			for (String cell : rows.get(r)) {
				if (isLeadHeader(compact(cell))) {
					return r;
				}
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).size() > 2 && rows.get(r).stream().map(TaskTable::compact).anyMatch(TaskTable::isResponsibleHeader)) {
				return r;
			}
		}
		return -1;
	}

	private static boolean isLeadHeader(String header) {
		return LEAD_HEADER.matcher(header).find() && !LEADER_HEADER.matcher(header).find();
	}

	private static boolean isResponsibleHeader(String header) {
		return RESPONSIBLE_HEADER.matcher(header).find() && header.length() <= 8;
	}

	private static String compact(String cell) {
		return Folded.fold(cell).replaceAll("\\s+", "");
	}

	/** Which column holds what, read from the header row. */
	private static final class Columns {

		private int no = -1;
		private int task = -1;
		private int lead = -1;
		private int cooperators = -1;
		private int time = -1;
		private int leader = -1;
		private String leaderLabel = "分管领导";
		private String cooperatorLabel = "配合单位";
		private int counter;

		Columns(List<String> header) {
			for (int c = 0; c < header.size(); c++) {
				String h = compact(header.get(c));
				if (no < 0 && NUMBER_HEADER.matcher(h).find()) {
					no = c;
				}
				else if (leader < 0 && LEADER_HEADER.matcher(h).find()) {
					leader = c;
					leaderLabel = h.endsWith("领导") && h.length() <= 6 ? h : leaderLabel;
				}
				else if (lead < 0 && (isLeadHeader(h) || h.contains("主责"))) {
					lead = c;
				}
				else if (cooperators < 0 && COOPERATOR_HEADER.matcher(h).find()) {
					cooperators = c;
					cooperatorLabel = h.contains("参") ? "参加单位" : h.startsWith("责任") ? "责任单位" : "配合单位";
				}
				else if (time < 0 && TIME_HEADER.matcher(h).find()) {
					time = c;
				}
				else if (task < 0 && TASK_HEADER.matcher(h).find()) {
					task = c;
				}
			}
			if (lead < 0 && cooperators >= 0 && cooperatorLabel.equals("责任单位")) {
				lead = cooperators;
				cooperators = -1;
			}
			for (int c = 0; task < 0 && c < header.size(); c++) {
				task = c != no && c != lead && c != cooperators && c != time && c != leader ? c : -1;
			}
		}

		List<String> lines(List<String> row) {
			if (row.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().count() <= 1) {
				return row.stream().map(String::strip).filter(s -> !s.isEmpty()).limit(1).toList();
			}
			List<String> lines = new ArrayList<>();
			String number = TRAILING_MARK.matcher(cell(row, no)).replaceAll("");
			counter = number.matches("\\d+") ? Integer.parseInt(number) : counter + 1;
			List<String> taskLines = cell(row, task).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
			lines.add(counter + ". " + (taskLines.isEmpty() ? "" : taskLines.get(0)));
			lines.addAll(taskLines.subList(Math.min(1, taskLines.size()), taskLines.size()));
			labelled(lines, "牵头单位", units(cell(row, lead)));
			labelled(lines, cooperatorLabel, units(cell(row, cooperators)));
			labelled(lines, "完成时限", cell(row, time).strip());
			labelled(lines, leaderLabel, units(cell(row, leader)));
			return lines;
		}

		private static void labelled(List<String> lines, String label, String value) {
			if (!value.isEmpty()) {
				lines.add(label + "：" + value);
			}
		}

		/** Units a cell lists on separate lines are joined with 、 as a sentence would list them. */
		private static String units(String cell) {
			return String.join("、", cell.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
		}

		private static String cell(List<String> row, int column) {
			return column >= 0 && column < row.size() ? row.get(column) : "";
		}
	}
}
