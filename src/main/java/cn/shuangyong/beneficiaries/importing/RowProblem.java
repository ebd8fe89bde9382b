package cn.shuangyong.beneficiaries.importing;

/**
 * One problem or warning of one row: the column as the file heads it (null for the row as a whole) and the reason,
 * a Chinese sentence. A reason may quote the cell; control characters in it are written as their code (U+0000), as
 * PostgreSQL refuses NUL in text and a report should show what is invisible (security requirements §3 #29).
 */
record RowProblem(String column, String reason) {

	RowProblem {
		reason = visible(reason);
	}

	static String visible(String text) {
		if (text == null || text.codePoints().noneMatch(TextCell::illegal)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(c -> {
			if (TextCell.illegal(c)) {
				out.append(String.format("U+%04X", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
