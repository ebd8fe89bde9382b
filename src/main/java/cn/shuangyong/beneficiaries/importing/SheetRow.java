package cn.shuangyong.beneficiaries.importing;

import java.util.Map;

/**
 * One non-empty row of a sheet, as the person sees it: the sheet's name, the row's number (1 for the first row), and
 * its cells by column index (0 for column A).
 */
record SheetRow(String sheet, int number, Map<Integer, CellValue> cells) {

	CellValue cell(int column) {
		return cells.get(column);
	}

	/** The column's letters as a spreadsheet shows them: 0 → A, 27 → AB. */
	static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}

	/** Column index of a cell reference such as "AB12"; -1 when it has no letters. */
	static int columnIndex(String reference) {
		int index = 0;
		int i = 0;
		for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return i == 0 ? -1 : index - 1;
	}
}
