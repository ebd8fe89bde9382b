package cn.shuangyong.documents.reading.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table as they are read: a row is opened by its number (or its first cell), a wrapped line adds
 * its pieces to the open row's cells, and a heading row is kept as one cell.
 */
final class Rows {

	private final int columns;
	private final int numberColumn;
	private final List<List<StringBuilder>> rows = new ArrayList<>();

	Rows(int columns, int numberColumn) {
		this.columns = columns;
		this.numberColumn = numberColumn;
	}

	void add(List<String> cells) {
		List<StringBuilder> row = new ArrayList<>();
		for (int c = 0; c < Math.max(columns, cells.size()); c++) {
			row.add(new StringBuilder(c < cells.size() ? cells.get(c) : ""));
		}
		rows.add(row);
	}

	/** Cells listed one per line: more than the columns means the task cell wrapped; fewer leaves the last empty. */
	void addCells(List<String> cells) {
		if (cells.isEmpty()) {
			return;
		}
		List<String> fitted = new ArrayList<>(cells);
		int task = numberColumn == 0 ? 1 : 0;
		while (fitted.size() > columns && fitted.size() > task + 1) {
			fitted.set(task, fitted.get(task) + "\n" + fitted.remove(task + 1));
		}
		add(fitted);
	}

	void heading(String text) {
		List<StringBuilder> row = new ArrayList<>();
		row.add(new StringBuilder(text));
		rows.add(row);
	}

	void continueWith(List<String> cells) {
		List<StringBuilder> row = rows.get(rows.size() - 1);
		for (int c = 0; c < cells.size() && c < row.size(); c++) {
			if (!cells.get(c).isEmpty()) {
				row.get(c).append(row.get(c).isEmpty() ? "" : "\n").append(cells.get(c));
			}
		}
	}

	boolean hasRows() {
		return !rows.isEmpty() && rows.get(rows.size() - 1).size() > 1;
	}

	List<List<String>> rows() {
		return rows.stream().map(r -> r.stream().map(StringBuilder::toString).toList()).toList();
	}
}
