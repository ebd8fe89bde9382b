package cn.shuangyong.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.springframework.stereotype.Component;

/**
 * A notice as a Word document in the layout of GB/T 9704-2012 (党政机关公文格式): A4 with 37 mm top and 28 mm left
 * margins; the issuing office's name in red 小标宋 over a red rule; the number; the title in 小标宋 二号; the addressee,
 * the body in 仿宋 三号 with two-character indents; the issuing office and date; and the 抄送 line between rules.
 */
@Component
class NoticeDocument {

	private static final String RED = "C00000";

	private static final String TITLE_FONT = "方正小标宋简体";

	private static final String BODY_FONT = "仿宋_GB2312";

	// 三号 = 16 pt; two characters of it are 32 pt = 640 twentieths.
	private static final int BODY_SIZE = 16;

	byte[] render(NoticeView notice) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			XWPFParagraph agency = paragraph(doc, ParagraphAlignment.CENTER);
			agency.setSpacingAfter(240);
			run(agency, notice.issuerName(), TITLE_FONT, 26, true).setColor(RED);
			XWPFParagraph number = paragraph(doc, ParagraphAlignment.CENTER);
			number.setSpacingAfter(480);
			run(number, notice.docNumber(), BODY_FONT, BODY_SIZE, false);
			rule(number, true);
			XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
			title.setSpacingBefore(240);
			title.setSpacingAfter(480);
			run(title, notice.title(), TITLE_FONT, 22, true);
			XWPFParagraph addressee = paragraph(doc, ParagraphAlignment.LEFT);
			run(addressee, notice.addressees() + "：", BODY_FONT, BODY_SIZE, false);
			for (String line : notice.body().split("\n")) {
				XWPFParagraph body = paragraph(doc, ParagraphAlignment.BOTH);
				body.setFirstLineIndent(640);
				run(body, line, BODY_FONT, BODY_SIZE, false);
			}
			XWPFParagraph office = paragraph(doc, ParagraphAlignment.RIGHT);
			office.setSpacingBefore(480);
			office.setIndentationRight(640);
			run(office, notice.issuerName(), BODY_FONT, BODY_SIZE, false);
			XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
			date.setIndentationRight(1280);
			run(date, NoticeText.date(notice.issuedOn()), BODY_FONT, BODY_SIZE, false);
			if (notice.copied() != null) {
				XWPFParagraph copy = paragraph(doc, ParagraphAlignment.LEFT);
				copy.setSpacingBefore(240);
				run(copy, "抄送：" + notice.copied() + "。", BODY_FONT, 14, false);
				rule(copy, false);
				rule(copy, true);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1587));
		margins.setRight(BigInteger.valueOf(1474));
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
		return run;
	}

	/** A rule under (or over) the paragraph: red under the number, black around the 版记. */
	private static void rule(XWPFParagraph paragraph, boolean below) {
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTPBdr borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
		CTBorder border = below ? borders.addNewBottom() : borders.addNewTop();
		border.setVal(STBorder.SINGLE);
		border.setSz(BigInteger.valueOf(below && paragraph.getAlignment() == ParagraphAlignment.CENTER ? 18 : 8));
		border.setSpace(BigInteger.valueOf(4));
		border.setColor(paragraph.getAlignment() == ParagraphAlignment.CENTER ? RED : "000000");
	}
}
