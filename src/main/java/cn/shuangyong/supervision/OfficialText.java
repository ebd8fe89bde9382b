package cn.shuangyong.supervision;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The paragraphs of an official document in the fonts GB/T 9704-2012 names. The fonts are named as Word and WPS on
 * an office machine know them; where they are missing (a Linux server with Noto CJK) the renderer substitutes.
 */
final class OfficialText {

	static final String FANGSONG = "仿宋_GB2312";

	static final String XIAOBIAOSONG = "方正小标宋简体";

	static final String HEITI = "黑体";

	static final String SONG = "宋体";

	static final String RED = "FF0000";

	/** 三号. */
	static final double BODY_PT = 16;

	private OfficialText() {
	}

	/** A paragraph of body text: 仿宋 三号, first line indented two characters, on the 22-line grid. */
	static XWPFParagraph body(XWPFDocument document, String text) {
		XWPFParagraph paragraph = line(document, ParagraphAlignment.BOTH);
		paragraph.setFirstLineIndent(2 * OfficialPage.CHAR_TWIPS);
		run(paragraph, text, FANGSONG, BODY_PT);
		return paragraph;
	}

	/** A first-level heading (一、): 黑体 三号, indented like body text (7.3.3). */
	static XWPFParagraph heading(XWPFDocument document, String text) {
		XWPFParagraph paragraph = line(document, ParagraphAlignment.LEFT);
		paragraph.setFirstLineIndent(2 * OfficialPage.CHAR_TWIPS);
		run(paragraph, text, HEITI, BODY_PT);
		return paragraph;
	}

	/** An empty line of the grid. */
	static XWPFParagraph blank(XWPFDocument document) {
		XWPFParagraph paragraph = line(document, ParagraphAlignment.LEFT);
		run(paragraph, "", FANGSONG, BODY_PT);
		return paragraph;
	}

	static XWPFParagraph line(XWPFDocument document, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(OfficialPage.LINE_TWIPS / 20.0, LineSpacingRule.EXACT);
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

	/** The red separator line under the document number, as wide as the type area (7.2.6). */
	static void redRuleBelow(XWPFParagraph paragraph) {
		var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTBorder bottom = properties.addNewPBdr().addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(12));
		bottom.setColor(RED);
		// 4 mm between the number and the line, in points.
		bottom.setSpace(BigInteger.valueOf(11));
	}
}
