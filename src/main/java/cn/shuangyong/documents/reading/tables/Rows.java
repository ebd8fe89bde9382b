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

	/**
	 * A line that wraps a row's cells: its pieces continue the text of their cells, as one text broken by the cell's
	 * width (县退役军人事务 / 局), with a space only where two Latin letters or digits meet.
	 */
	void continueWith(List<String> cells) {
		List<StringBuilder> row = rows.get(rows.size() - 1);
		for (int c = 0; c < cells.size() && c < row.size(); c++) {
			String piece = cells.get(c);
			if (!piece.isEmpty()) {
				StringBuilder cell = row.get(c);
				boolean latin = !cell.isEmpty() && isLatin(cell.charAt(cell.length() - 1)) && isLatin(piece.charAt(0));
				cell.append(latin ? " " : "").append(piece);
			}
		}
	}

	private static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

	boolean hasRows() {
		return !rows.isEmpty() && rows.get(rows.size() - 1).size() > 1;
	}

	List<List<String>> rows() {
		return rows.stream().map(r -> r.stream().map(StringBuilder::toString).toList()).toList();
	}
}
