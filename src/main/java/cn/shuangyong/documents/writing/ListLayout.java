package cn.shuangyong.documents.writing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a ledger, score sheet or roster as a .docx in the fonts and margins of GB/T 9704-2012 ({@link GbPage},
 * {@link GbText}): the title in 2号小标宋, headings in 3号黑体, the tables with their columns sized to their content. A
 * table too wide for a portrait page turns the page to landscape (GB/T 9704-2012, 8: 公文中的横排表格).
 */
public final class ListLayout {

	/** 小四 characters in a line of a portrait type area. */
	private static final double PORTRAIT_CHARS = GbPage.WIDTH_TWIPS / (GbText.TABLE_PT * 20);

	private ListLayout() {
	}

	public static byte[] docx(ListDocument content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			boolean landscape = content.sections().stream()
				.anyMatch(s -> ColumnWidths.wide(ColumnWidths.wanted(s.table().headers(), s.table().rows()),
						PORTRAIT_CHARS));
			if (landscape) {
				GbPage.landscape(document);
			}
			else {
				GbPage.portrait(document);
			}
			int width = landscape ? GbPage.LANDSCAPE_WIDTH_TWIPS : GbPage.WIDTH_TWIPS;
			if (content.watermark() != null) {
				XWPFParagraph mark = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
				mark.setAlignment(ParagraphAlignment.CENTER);
				GbText.run(mark, content.watermark(), GbText.FANGSONG, 9);
			}
			XWPFParagraph title = GbText.line(document, ParagraphAlignment.CENTER);
			title.setSpacingBetween(33, LineSpacingRule.EXACT);
			GbText.run(title, content.title(), GbText.XIAOBIAOSONG, GbText.TITLE_PT);
			if (content.subtitle() != null) {
				GbText.run(GbText.line(document, ParagraphAlignment.CENTER), content.subtitle(), GbText.FANGSONG,
						GbText.BODY_PT);
			}
			for (ListDocument.Section section : content.sections()) {
				if (section.heading() != null) {
					GbText.run(GbText.line(document, ParagraphAlignment.LEFT), section.heading(), GbText.HEITI,
							GbText.BODY_PT);
				}
				if (section.table().rows().isEmpty() && section.whenEmpty() != null) {
					GbText.body(document, section.whenEmpty());
				}
				else {
					TableLayout.write(document, section.table(), width, section.signed());
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
