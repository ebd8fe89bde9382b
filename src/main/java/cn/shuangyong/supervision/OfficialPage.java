package cn.shuangyong.supervision;

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

/**
 * The page of an official document per GB/T 9704-2012 (党政机关公文格式): A4; margins top 37 mm, bottom 35 mm, left
 * 28 mm, right 26 mm, giving a type area of 156 × 225 mm; body 仿宋_GB2312 三号 (16 pt), 22 lines of 28 characters;
 * page numbers in 4号半角宋体 Arabic figures with a dash either side, 7 mm below the type area, odd pages one
 * character in from the right, even pages one character in from the left (7.5).
 */
final class OfficialPage {

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	/** 225 mm of type area in 22 lines: 28.95 pt a line. */
	static final int LINE_TWIPS = (int) Math.round(225 * TWIPS_PER_MM / 22);

	/** 156 mm of type area. */
	static final int WIDTH_TWIPS = (int) Math.round(156 * TWIPS_PER_MM);

	/** 三号 = 16 pt; one character of body text is this wide. */
	static final int CHAR_TWIPS = 320;

	private OfficialPage() {
	}

	static void setUp(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(37));
		margins.setBottom(twips(35));
		margins.setLeft(twips(28));
		margins.setRight(twips(26));
		margins.setHeader(twips(15));
		// The page number's baseline sits about 7 mm under the type area: 35 − 7 − the 4号 figure's height.
		margins.setFooter(twips(22));
		margins.setGutter(BigInteger.ZERO);
		var grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES_AND_CHARS);
		grid.setLinePitch(BigInteger.valueOf(LINE_TWIPS));
		grid.setCharSpace(BigInteger.ZERO);
		document.getSettings().setEvenAndOddHeadings(true);
		pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(side);
		if (side == ParagraphAlignment.RIGHT) {
			paragraph.setIndentationRight(280);
		}
		else {
			paragraph.setIndentationLeft(280);
		}
		dash(paragraph.createRun(), "— ");
		var field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		XWPFRun number = new XWPFRun(field.addNewR(), paragraph);
		dash(number, "1");
		dash(paragraph.createRun(), " —");
	}

	private static void dash(XWPFRun run, String text) {
		OfficialText.font(run, OfficialText.SONG, 14);
		run.setText(text);
	}

	static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}
}
