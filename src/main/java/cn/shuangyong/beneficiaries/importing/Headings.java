package cn.shuangyong.beneficiaries.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column holds which field, read from a sheet's first non-empty row. Headings may stand in any order and use
 * the usual synonyms; full-width characters, spaces and required-marks (*, （必填）) around them are ignored. A
 * missing required column or a field headed twice stops the import with a message naming it.
 */
record Headings(String sheet, Map<Field, Integer> columns, Map<Field, String> written) {

	static Headings read(SheetRow row) {
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Map<Field, String> written = new EnumMap<>(Field.class);
		List<String> problems = new ArrayList<>();
		row.cells().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
			String heading = normalise(cell.getValue().text());
			for (Field field : Field.values()) {
				if (field.answersTo(heading)) {
					Integer earlier = columns.putIfAbsent(field, cell.getKey());
					if (earlier != null) {
						problems.add("表头中“" + field.heading() + "”出现了两次（第 " + SheetRow.columnLetters(earlier)
								+ " 列和第 " + SheetRow.columnLetters(cell.getKey()) + " 列），请只保留一列");
					}
					else {
						written.put(field, cell.getValue().text().strip());
					}
				}
			}
		});
		for (Field field : Field.values()) {
			if (field.required() && !columns.containsKey(field)) {
				problems.add("表头缺少必填列“" + field.heading() + "”" + (field.synonyms().isEmpty() ? ""
						: "（也可写作" + String.join("、", field.synonyms()) + "）"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportFileException(ImportFileException.Kind.INVALID, "工作表“" + row.sheet() + "”第 "
					+ row.number() + " 行的表头有误：" + String.join("；", problems) + titleHint(row, columns)
					+ "。可下载导入模板对照");
		}
		return new Headings(row.sheet(), columns, written);
	}

	/**
	 * Offices often put a title above the headings (合并单元格的表名, 如“禄丰市优抚对象名册”): a first row with one
	 * filled cell that names no column is most likely that, and the message says so.
	 */
	private static String titleHint(SheetRow row, Map<Field, Integer> columns) {
		long filled = row.cells().values().stream().filter(cell -> !cell.isBlank()).count();
		if (filled != 1 || !columns.isEmpty()) {
			return "";
		}
		String title = row.cells().values().stream().filter(cell -> !cell.isBlank()).findFirst().orElseThrow().text()
			.strip();
		title = title.codePointCount(0, title.length()) > 30 ? title.substring(0, title.offsetByCodePoints(0, 30)) + "…"
				: title;
		return "。该行只有“" + RowProblem.visible(title) + "”一个单元格，像是表格标题（常为合并单元格）："
				+ "请删除标题行，使表头位于第一行";
	}

	/** Whether any cell of the row is the heading of an import column. */
	static boolean namesAnyField(SheetRow row) {
		return row.cells().values().stream().map(cell -> normalise(cell.text()))
			.anyMatch(heading -> java.util.Arrays.stream(Field.values()).anyMatch(field -> field.answersTo(heading)));
	}

	CellValue cell(SheetRow row, Field field) {
		Integer column = columns.get(field);
		return column == null ? null : row.cell(column);
	}

	boolean has(Field field) {
		return columns.containsKey(field);
	}

	/** The heading as this file writes it, for messages: 身份证号 where the file says so. */
	String label(Field field) {
		return written.getOrDefault(field, field.heading());
	}

	static String normalise(String heading) {
		String text = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFKC);
		text = text.replaceAll("[\\s\\p{Cf}]+", "").replaceAll("\\((必填|选填|可选)\\)", "").replace("*", "");
		return text;
	}
}
