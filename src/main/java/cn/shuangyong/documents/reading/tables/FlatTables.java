package cn.shuangyong.documents.reading.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds task tables that a web page, a copy or a PDF has flattened into lines of text, and gives back their rows of
 * cells. A table is found by its header row, in one of the forms flattening leaves: cells between | marks; cells
 * set apart by tabs; cells set apart by runs of two or more spaces, whose columns are then told by where each cell
 * starts (so a cell wrapped onto the next line goes back to its own column); or one cell per line. A row whose
 * number cell is empty continues the row above, and a line that holds only 一、… between rows is a heading row.
 */
public final class FlatTables {

	private static final Pattern PIPE = Pattern.compile("\\|");
	private static final Pattern GAP = Pattern.compile("\\t|[ \\u3000\\u00a0]{2,}");
	private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}[.、]?$");
	private static final Pattern HEADING = Pattern.compile(
			"^(?:[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十]{1,3}[）)])");
	private static final Pattern NUMBER_HEADER = Pattern.compile("序号|序號|编号|編號");
	private static final int ALIGNMENT_SLACK = 2;

	private FlatTables() {
	}

	/** A table found in the lines: where it starts and ends (exclusive), and its rows, the header first. */
	public record Block(int start, int end, List<List<String>> rows) {
	}

	public static List<Block> find(List<String> lines) {
		List<Block> blocks = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			Block block = tableAt(lines, i);
			if (block == null) {
				i++;
			}
			else {
				blocks.add(block);
				i = block.end();
			}
		}
		return blocks;
	}

	private static Block tableAt(List<String> lines, int i) {
		String line = lines.get(i).strip();
		if (line.startsWith("|")) {
			List<String> header = pipeCells(line);
			return TaskTableHeader.heads(header) ? pipeTable(lines, i, header) : null;
		}
		List<Fragment> fragments = Fragment.of(lines.get(i));
		if (fragments.size() >= 3 && TaskTableHeader.heads(fragments.stream().map(Fragment::text).toList())) {
			return alignedTable(lines, i, fragments);
		}
		if (fragments.size() == 1 && TaskTableHeader.isHeaderWord(line)) {
			return cellPerLineTable(lines, i);
		}
		return null;
	}

	private static List<String> pipeCells(String line) {
		String inner = line.strip();
		inner = inner.startsWith("|") ? inner.substring(1) : inner;
		inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
		return new ArrayList<>(List.of(PIPE.split(inner, -1))).stream().map(String::strip).toList();
	}

	/** Rows between | marks; a row runs over lines until one ends with |. */
	private static Block pipeTable(List<String> lines, int start, List<String> header) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		Rows table = new Rows(header.size(), numberColumn(header));
		StringBuilder pending = new StringBuilder();
		int i = start + 1;
		for (; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (pending.isEmpty() && !line.startsWith("|")) {
				break;
			}
			pending.append(pending.isEmpty() ? "" : "\n").append(line);
			if (line.endsWith("|") && !line.equals("|")) {
				table.add(pipeCells(pending.toString()));
				pending.setLength(0);
			}
		}
		if (!pending.isEmpty()) {
			table.add(pipeCells(pending.toString()));
		}
		rows.addAll(table.rows());
		return new Block(start, i, rows);
	}

	/** Rows whose cells stand under the header's cells, by tabs or by where each cell starts. */
	private static Block alignedTable(List<String> lines, int start, List<Fragment> header) {
		List<String> names = header.stream().map(Fragment::text).toList();
		int numberColumn = numberColumn(names);
		Rows table = new Rows(names.size(), numberColumn);
		boolean tabs = lines.get(start).indexOf('\t') >= 0;
		int blanks = 0;
		int i = start + 1;
		for (; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				if (++blanks > 1) {
					break;
				}
				continue;
			}
			blanks = 0;
			List<Fragment> fragments = Fragment.of(line);
			List<String> cells = tabs ? byTabs(line, names.size()) : byColumns(fragments, header);
			String first = cells.get(0);
			boolean heading = fragments.size() == 1 && HEADING.matcher(fragments.get(0).text()).find()
					&& fragments.get(0).start() < secondColumn(header);
			boolean startsRow = numberColumn >= 0 ? ROW_NUMBER.matcher(cells.get(numberColumn)).matches()
					: !first.isEmpty();
			if (heading) {
				table.heading(fragments.get(0).text());
			}
			else if (startsRow) {
				table.add(cells);
			}
			else if (table.hasRows() && (numberColumn < 0 || first.isEmpty() || tabs)) {
				table.continueWith(cells);
			}
			else {
				break;
			}
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(names);
		rows.addAll(table.rows());
		return rows.size() > 1 ? new Block(start, i, rows) : null;
	}

	private static int secondColumn(List<Fragment> header) {
		return header.size() > 1 ? header.get(1).start() : Integer.MAX_VALUE;
	}

	private static List<String> byTabs(String line, int columns) {
		String[] parts = line.split("\t", -1);
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			cells.add(c < parts.length ? parts[c].strip() : "");
		}
		return cells;
	}

	private static List<String> byColumns(List<Fragment> fragments, List<Fragment> header) {
		List<StringBuilder> cells = new ArrayList<>();
		header.forEach(h -> cells.add(new StringBuilder()));
		for (Fragment fragment : fragments) {
			int column = 0;
			for (int c = 0; c < header.size(); c++) {
				if (header.get(c).start() <= fragment.start() + ALIGNMENT_SLACK) {
					column = c;
				}
			}
			StringBuilder cell = cells.get(column);
			cell.append(cell.isEmpty() ? "" : " ").append(fragment.text());
		}
		return cells.stream().map(StringBuilder::toString).toList();
	}

	/** A header of one cell per line, then its rows one cell per line, each row opened by its number. */
	private static Block cellPerLineTable(List<String> lines, int start) {
		List<String> header = new ArrayList<>();
		int i = start;
		for (; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!TaskTableHeader.isHeaderWord(line) || ROW_NUMBER.matcher(line).matches()) {
				break;
			}
			header.add(line);
		}
		if (!TaskTableHeader.heads(header)) {
			return null;
		}
		int numberColumn = numberColumn(header);
		Rows table = new Rows(header.size(), numberColumn);
		List<String> row = new ArrayList<>();
		int last = 0;
		int end = i;
		for (; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			boolean next = numberColumn == 0 ? isNumber(line, last + 1) || last == 0 && ROW_NUMBER.matcher(line).matches()
					: row.size() == header.size();
			if (HEADING.matcher(line).find() && (row.isEmpty() || row.size() >= header.size() - 1)) {
				table.addCells(row);
				row = new ArrayList<>();
				table.heading(line);
			}
			else if (next) {
				table.addCells(row);
				row = new ArrayList<>();
				row.add(line);
				last = numberColumn == 0 ? Integer.parseInt(line.replaceAll("\\D", "")) : last + 1;
			}
			else if (!row.isEmpty() && row.size() < header.size() + 2) {
				row.add(line);
			}
			else {
				break;
			}
			end = i + 1;
		}
		table.addCells(row);
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		rows.addAll(table.rows());
		return rows.size() > 1 ? new Block(start, end, rows) : null;
	}

	private static boolean isNumber(String line, int expected) {
		return ROW_NUMBER.matcher(line).matches() && Integer.parseInt(line.replaceAll("\\D", "")) == expected;
	}

	private static int numberColumn(List<String> header) {
		for (int c = 0; c < header.size(); c++) {
			if (NUMBER_HEADER.matcher(header.get(c)).find()) {
				return c;
			}
		}
		return -1;
	}

	/** A run of text on a line and the display column it starts at (a Chinese character is two columns wide). */
	record Fragment(int start, String text) {

		static List<Fragment> of(String line) {
			List<Fragment> fragments = new ArrayList<>();
			java.util.regex.Matcher gap = GAP.matcher(line);
			int from = 0;
			while (true) {
				boolean found = gap.find();
				int to = found ? gap.start() : line.length();
				String text = line.substring(from, to).strip();
				if (!text.isEmpty()) {
					int lead = from + (line.substring(from, to).length() - line.substring(from, to).stripLeading().length());
					fragments.add(new Fragment(width(line, lead), text));
				}
				if (!found) {
					return fragments;
				}
				from = gap.end();
			}
		}

		private static int width(String line, int end) {
			int width = 0;
			for (int i = 0; i < end; i++) {
				char c = line.charAt(i);
				width += c == '\t' ? 8 - width % 8 : c >= '\u1100' ? 2 : 1;
			}
			return width;
		}
	}
}
