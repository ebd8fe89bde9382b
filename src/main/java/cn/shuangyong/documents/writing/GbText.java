package cn.shuangyong.documents.writing;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Paragraphs in the fonts GB/T 9704-2012 names: 仿宋 for the text (5.2.2), 小标宋 for the issuing mark and the title
 * (7.2.4, 7.3.1), 黑体 and 楷体 for the first and second heading levels (7.3.3), 宋体 for page numbers (7.5). The fonts are
 * named as Word and WPS on an office machine know them; where they are missing (a Linux server with Noto CJK) the
 * renderer substitutes (gb-fonts.conf).
 */
final class GbText {

	static final String FANGSONG = "仿宋_GB2312";

	static final String KAITI = "楷体_GB2312";

	static final String XIAOBIAOSONG = "方正小标宋简体";

	static final String HEITI = "黑体";

	static final String SONG = "宋体";

	static final String RED = "FF0000";

	/** 三号: the text. */
	static final double BODY_PT = 16;

	/** 二号: the title. */
	static final double TITLE_PT = 22;

	/** 四号: 版记 and page numbers. */
	static final double IMPRINT_PT = 14;

	/** 小四: the text of tables, which must fit several columns in the type area. */
	static final double TABLE_PT = 12;

	private GbText() {
	}

	/** A paragraph on the 22-line grid, with no space before or after. */
	static XWPFParagraph line(XWPFDocument document, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(GbPage.LINE_TWIPS / 20.0, LineSpacingRule.EXACT);
		return paragraph;
	}

	/** A paragraph of text: 仿宋 三号, first line indented two characters (7.3.3: 每个自然段左空二字). */
	static XWPFParagraph body(XWPFDocument document, String text) {
		XWPFParagraph paragraph = line(document, ParagraphAlignment.BOTH);
		paragraph.setFirstLineIndent(2 * GbPage.CHAR_TWIPS);
		run(paragraph, text, FANGSONG, BODY_PT);
		return paragraph;
	}

	/** An empty line of the grid. */
	static XWPFParagraph blank(XWPFDocument document) {
		XWPFParagraph paragraph = line(document, ParagraphAlignment.LEFT);
		run(paragraph, "", FANGSONG, BODY_PT);
		return paragraph;
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, String font, double points) {
		XWPFRun run = paragraph.createRun();
		font(run, font, points);
		run.setText(text);
		return run;
	}

	/** Names the font for every script, so Latin figures print in the same face as the Chinese around them. */
	static void font(XWPFRun run, String font, double points) {
		var properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
		fonts.setAscii(font);
		fonts.setHAnsi(font);
		fonts.setEastAsia(font);
		fonts.setCs(font);
		run.setFontSize(points);
	}

	/** Width in characters: Latin letters and figures are half a character. */
	static double width(String text) {
		return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
	}

	/** The red separator line under the document number, as wide as the type area (7.2.7). */
	static void redRuleBelow(XWPFParagraph paragraph) {
		CTBorder bottom = borders(paragraph).addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(12));
		bottom.setColor(RED);
		// 4 mm between the number and the line, in points.
		bottom.setSpace(BigInteger.valueOf(11));
	}

	/**
	 * A black rule of the 版记 (7.4.1): the first and the last 0.35 mm (1 pt), those between 0.25 mm (¾ pt); the
	 * width of a border is given in eighths of a point.
	 */
	static void imprintRule(XWPFParagraph paragraph, boolean above, boolean thick) {
		CTPBdr borders = borders(paragraph);
		CTBorder border = above ? borders.addNewTop() : borders.addNewBottom();
		border.setVal(STBorder.SINGLE);
		border.setSz(BigInteger.valueOf(thick ? 8 : 6));
		border.setColor("000000");
		border.setSpace(BigInteger.valueOf(1));
	}

	private static CTPBdr borders(XWPFParagraph paragraph) {
		var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		return properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
	}
}
