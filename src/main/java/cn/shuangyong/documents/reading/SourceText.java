package cn.shuangyong.documents.reading;

/** The text of a notice file, and where it was read from a scan, what OCR made of it (otherwise null). */
record SourceText(String text, ScanText.Ocr ocr) {

	static SourceText of(String text) {
		return new SourceText(text, null);
	}

	static SourceText scanned(ScanText.Ocr ocr) {
		return new SourceText(ocr.text(), ocr);
	}
}
