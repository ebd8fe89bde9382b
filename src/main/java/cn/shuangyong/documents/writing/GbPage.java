package cn.shuangyong.documents.writing;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page of GB/T 9704-2012 (党政机关公文格式):
 * <ul>
 * <li>5.1: A4, 210 × 297 mm;</li>
 * <li>5.2.1: 天头 (top margin) 37 mm, 订口 (left margin) 28 mm, a type area (版心) of 156 × 225 mm, which leaves 35 mm
 * at the bottom and 26 mm on the right;</li>
 * <li>5.2.2 and 5.2.3: 3号仿宋 (16 pt), 22 lines of 28 characters filling the type area;</li>
 * <li>7.5: page numbers in 4号半角宋体 Arabic figures with a 一字线 either side (— 1 —), the dashes 7 mm below the type
 * area, odd pages one character in from the right, even pages one character in from the left;</li>
 * <li>8 (横排表格): a landscape A4 table keeps its head at the binding edge, so the portrait margins turn with the
 * page: 28 mm at the top, 37 mm on the right, 26 mm at the bottom, 35 mm on the left, the same 225 × 156 mm area.</li>
 * </ul>
 */
final class GbPage {

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	/** 225 mm of type area in 22 lines: 28.95 pt a line. */
	static final int LINE_TWIPS = (int) Math.round(225 * TWIPS_PER_MM / 22);

	/** 156 mm: the type area's width on a portrait page. */
	static final int WIDTH_TWIPS = (int) Math.round(156 * TWIPS_PER_MM);

	/** 225 mm: the type area's width on a landscape page. */
	static final int LANDSCAPE_WIDTH_TWIPS = (int) Math.round(225 * TWIPS_PER_MM);

	/** 三号 = 16 pt; one character of body text is this wide. */
	static final int CHAR_TWIPS = 320;

	private static final BigInteger A4_SHORT = BigInteger.valueOf(11906);

	private static final BigInteger A4_LONG = BigInteger.valueOf(16838);

	private GbPage() {
	}

	static void portrait(XWPFDocument document) {
		CTSectPr section = section(document);
		CTPageSz size = section.addNewPgSz();
		size.setW(A4_SHORT);
		size.setH(A4_LONG);
		margins(section, 37, 35, 28, 26);
		var grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES_AND_CHARS);
		grid.setLinePitch(BigInteger.valueOf(LINE_TWIPS));
		grid.setCharSpace(BigInteger.ZERO);
		pageNumbers(document);
	}

	static void landscape(XWPFDocument document) {
		CTSectPr section = section(document);
		CTPageSz size = section.addNewPgSz();
		size.setW(A4_LONG);
		size.setH(A4_SHORT);
		size.setOrient(STPageOrientation.LANDSCAPE);
		margins(section, 28, 26, 35, 37);
		pageNumbers(document);
	}

	private static CTSectPr section(XWPFDocument document) {
		var body = document.getDocument().getBody();
		return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
	}

	private static void margins(CTSectPr section, double top, double bottom, double left, double right) {
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(top));
		margins.setBottom(twips(bottom));
		margins.setLeft(twips(left));
		margins.setRight(twips(right));
		margins.setHeader(twips(15));
		// The dashes of the page number sit 7 mm under the type area: the footer's baseline is placed 35 − 7 mm less
		// the height of a 4号 figure (about 5 mm) above the page's bottom edge.
		margins.setFooter(twips(bottom - 13));
		margins.setGutter(BigInteger.ZERO);
	}

	private static void pageNumbers(XWPFDocument document) {
		document.getSettings().setEvenAndOddHeadings(true);
		pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	/** — 1 —, one character (of 4号, 14 pt = 280 twips) in from the outer side. */
	private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(side);
		if (side == ParagraphAlignment.RIGHT) {
			paragraph.setIndentationRight(280);
		}
		else {
			paragraph.setIndentationLeft(280);
		}
		figure(paragraph.createRun(), "— ");
		var field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		figure(new XWPFRun(field.addNewR(), paragraph), "1");
		figure(paragraph.createRun(), " —");
	}

	private static void figure(XWPFRun run, String text) {
		GbText.font(run, GbText.SONG, GbText.IMPRINT_PT);
		run.setText(text);
	}

	static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}
}
