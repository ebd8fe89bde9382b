package cn.shuangyong.documents.reading;

import java.util.List;

/**
 * That a draft was read from a scan by OCR, not from a text layer: how many pages were read, the mean confidence
 * Tesseract gave the words (0-100), and the unit phrases of the draft that hold a word read with low confidence,
 * which the reviewer should check against the page image.
 */
public record ScanReading(String source, int pages, int meanConfidence, List<String> uncertainUnits) {

	/** The value of {@link #source()}: the text came from character recognition. */
	public static final String OCR = "ocr";

	public ScanReading {
		uncertainUnits = List.copyOf(uncertainUnits);
	}
}
