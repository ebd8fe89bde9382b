package cn.shuangyong.documents.writing;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The 版记 (7.4) in 4号仿宋 between black rules, thick above the first line and under the last, thin between (7.4.1):
 * 抄送 one character in from either side, ending in 。 (7.4.2); the printing office one character in from the left
 * and the printing date one character in from the right, followed by 印发 (7.4.3). The .docx cannot pin it to the foot
 * of the last page, so it follows the signature after an empty line.
 */
final class ImprintLayout {

	/** One character of 四号. */
	private static final String ONE_CHARACTER = "\u3000";

	private ImprintLayout() {
	}

	static void write(XWPFDocument document, OfficialDocument.Imprint imprint) {
		GbText.blank(document);
		boolean copied = imprint.copiedTo() != null && !imprint.copiedTo().isBlank();
		if (copied) {
			XWPFParagraph copy = GbText.line(document, ParagraphAlignment.LEFT);
			copy.setIndentationHanging((int) (4 * GbText.IMPRINT_PT * 20));
			copy.setIndentationLeft((int) (4 * GbText.IMPRINT_PT * 20));
			GbText.run(copy, ONE_CHARACTER + "抄送：" + imprint.copiedTo().strip() + "。", GbText.FANGSONG,
					GbText.IMPRINT_PT);
			GbText.imprintRule(copy, true, true);
			GbText.imprintRule(copy, false, false);
		}
		XWPFParagraph printed = GbText.line(document, ParagraphAlignment.LEFT);
		var tab = printed.getCTP().getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setPos(BigInteger.valueOf(GbPage.WIDTH_TWIPS));
		GbText.run(printed, ONE_CHARACTER + imprint.printedBy(), GbText.FANGSONG, GbText.IMPRINT_PT).addTab();
		GbText.run(printed, WrittenDates.of(imprint.printedOn()) + "印发" + ONE_CHARACTER, GbText.FANGSONG,
				GbText.IMPRINT_PT);
		if (!copied) {
			GbText.imprintRule(printed, true, true);
		}
		GbText.imprintRule(printed, false, true);
	}
}
