package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.reading.tables.FlatTables;

/**
 * Puts the task tables that a notice's text carries flattened (| cells, tabs, aligned columns, one cell per line)
 * back into the lines a notice writes, as a Word table is: each row an item with its 牵头单位： and 责任单位： lines.
 */
final class FlatTaskTables {

	private FlatTaskTables() {
	}

	static String expand(String text) {
		List<String> lines = List.of(text.split("\r\n|[\r\n]", -1));
		List<FlatTables.Block> blocks = FlatTables.find(lines);
		if (blocks.isEmpty()) {
			return text;
		}
		List<String> expanded = new ArrayList<>();
		int from = 0;
		for (FlatTables.Block block : blocks) {
			expanded.addAll(lines.subList(from, block.start()));
			expanded.addAll(TaskTable.lines(block.rows()));
			from = block.end();
		}
		expanded.addAll(lines.subList(from, lines.size()));
		return String.join("\n", expanded);
	}
}
