package cn.shuangyong.beneficiaries.importing;

import java.util.List;

/**
 * The free-text cells (name, address): kept as written but trimmed, so a leading tab or line break that spreadsheets
 * carry is gone; control and invisible format characters inside are refused (PostgreSQL rejects NUL in text, and
 * bidi controls can disguise a name), and the length is counted in characters (code points), so 𠮷 counts as one.
 */
final class TextCell {

	private TextCell() {
	}

	static String read(CellValue cell, String column, int maxLength, boolean required, List<RowProblem> problems) {
		if (cell != null && cell.kind() == CellValue.Kind.FORMULA) {
			problems.add(new RowProblem(column, column + "是公式，导入只接受直接填写的文字，请改为文字后再导入"));
			return null;
		}
		String text = cell == null ? "" : cell.text().strip();
		if (text.isEmpty()) {
			if (required) {
				problems.add(new RowProblem(column, column + "为空"));
			}
			return null;
		}
		int bad = text.codePoints().filter(TextCell::illegal).findFirst().orElse(-1);
		if (bad >= 0) {
			problems.add(new RowProblem(column, column + "含有非法字符“" + String.format("U+%04X", bad)
					+ "”（控制字符或不可见的格式字符），请删除后再导入"));
			return null;
		}
		int length = text.codePointCount(0, text.length());
		if (length > maxLength) {
			problems.add(new RowProblem(column, column + "超过 " + maxLength + " 个字（实际 " + length + " 个）"));
			return null;
		}
		return text;
	}

	static boolean illegal(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
	}
}
