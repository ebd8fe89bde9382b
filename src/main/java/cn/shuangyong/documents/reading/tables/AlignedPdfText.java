package cn.shuangyong.documents.reading.tables;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF laid out by the positions of its glyphs: each glyph is put at the display column its distance
 * from the page's edge gives (half an em a column, so a Chinese character is two), and a gap wider than one and a
 * half characters is kept as a run of spaces. A table's cells then stand under their headers, one line per line of
 * text, so that a cell wrapped onto the next line can be given back to its column ({@link FlatTables}).
 */
public final class AlignedPdfText extends PDFTextStripper {

	private static final float COLUMN_GAP_IN_EMS = 1.5f;
	private static final float SPACE_IN_EMS = 0.25f;

	private int width;
	private float lastEnd = -1;
	// One column width for the whole page, from its first Chinese character: quotes and digits set in another font
	// must not shift the columns of the cells they start.
	private float pageEm = -1;

	private AlignedPdfText() {
		setSortByPosition(true);
		setLineSeparator("\n");
		setWordSeparator("");
	}

	public static String read(PDDocument pdf) throws IOException {
		return new AlignedPdfText().getText(pdf);
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) throws IOException {
		for (TextPosition glyph : positions) {
			String unicode = glyph.getUnicode();
			if (unicode == null || unicode.isEmpty()) {
				continue;
			}
			if (pageEm < 0 && unicode.charAt(0) >= '\u4e00') {
				pageEm = em(glyph);
			}
			float em = pageEm > 0 ? pageEm : em(glyph);
			float x = glyph.getXDirAdj();
			int column = Math.round(x / (em / 2));
			if (lastEnd < 0) {
				pad(column);
			}
			else if (x - lastEnd > COLUMN_GAP_IN_EMS * em) {
				pad(Math.max(column, width + 2));
			}
			else if (x - lastEnd > SPACE_IN_EMS * em && !unicode.isBlank()) {
				pad(width + 1);
			}
			writeString(unicode);
			width += unicode.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
			lastEnd = x + glyph.getWidthDirAdj();
		}
	}

	@Override
	protected void writeLineSeparator() throws IOException {
		super.writeLineSeparator();
		width = 0;
		lastEnd = -1;
	}

	@Override
	protected void writePageEnd() throws IOException {
		super.writePageEnd();
		width = 0;
		lastEnd = -1;
		pageEm = -1;
	}

	private void pad(int column) throws IOException {
		if (column > width) {
			writeString(" ".repeat(column - width));
			width = column;
		}
	}

	private static float em(TextPosition glyph) {
		float size = glyph.getFontSizeInPt();
		return size > 1 ? size : Math.max(glyph.getHeightDir(), 1);
	}
}
