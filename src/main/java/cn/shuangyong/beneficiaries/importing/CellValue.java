package cn.shuangyong.beneficiaries.importing;

/**
 * One cell as the file holds it: its text and what kind of cell it was. A formula's text is the value the spreadsheet
 * cached when it was saved; formulas are never evaluated (security requirements §3 #12).
 */
record CellValue(String text, Kind kind) {

	enum Kind {
		TEXT, NUMBER, FORMULA, BOOLEAN, ERROR
	}

	static CellValue text(String text) {
		return new CellValue(text, Kind.TEXT);
	}

	boolean isBlank() {
		return text == null || text.isBlank();
	}

	/** A number as a spreadsheet stores it ("5.32302101001E11"), written out in full without a fraction of zeros. */
	static String plainNumber(String raw) {
		try {
			return new java.math.BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException e) {
			return raw;
		}
	}
}
