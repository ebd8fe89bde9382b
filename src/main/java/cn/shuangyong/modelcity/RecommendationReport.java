package cn.shuangyong.modelcity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The recommendation report as .docx, laid out after GB/T 9704-2012 (policy-facts §11): A4 with 37/35/28/26 mm
 * margins, the agency mark in red 小标宋 35 mm into the text block, the 发文字号 two lines below it, a red line, the
 * title in 2号小标宋, the addressee, the body in 3号仿宋 indented two characters on a 28.9 pt line, the signature and
 * the date four characters in from the right, page numbers as "— 1 —".
 */
final class RecommendationReport {

	private static final String XIAOBIAOSONG = "方正小标宋简体";

	private static final String FANGSONG = "仿宋_GB2312";

	private static final String RED = "FF0000";

	/** 1 mm in twentieths of a point. */
	private static final double MM = 56.7;

	private static final int LINE = 578; // 225 mm ÷ 22 lines, in twips

	private static final int TEXT_WIDTH_PT = 442; // 156 mm

	private RecommendationReport() {
	}

	record Content(String issuer, DocNumber number, String title, String addressee, List<String> paragraphs,
			List<String> candidates, LocalDate date) {
	}

	static byte[] write(Content content) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			String mark = content.issuer() + "文件";
			// the mark may not be wider than the text block (GB/T 9704 §7.2.3)
			int markSize = Math.min(36, TEXT_WIDTH_PT / Math.max(1, mark.length()));
			XWPFParagraph agency = paragraph(doc, ParagraphAlignment.CENTER);
			agency.setSpacingBefore((int) (35 * MM));
			agency.setSpacingBetween(1.0, LineSpacingRule.AUTO);
			run(agency, mark, XIAOBIAOSONG, markSize, RED, false);
			blank(doc, 2);
			XWPFParagraph number = paragraph(doc, ParagraphAlignment.CENTER);
			run(number, content.number().value(), FANGSONG, 16, null, false);
			number.setBorderBottom(Borders.SINGLE);
			number.getCTPPr().getPBdr().getBottom().setColor(RED);
			number.getCTPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
			number.getCTPPr().getPBdr().getBottom().setSpace(BigInteger.valueOf(11)); // about 4 mm below the number
			blank(doc, 2);
			XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
			run(title, content.title(), XIAOBIAOSONG, 22, null, false);
			blank(doc, 1);
			XWPFParagraph addressee = paragraph(doc, ParagraphAlignment.LEFT);
			run(addressee, content.addressee() + "：", FANGSONG, 16, null, false);
			for (String text : content.paragraphs()) {
				body(doc, text, FANGSONG);
			}
			for (String candidate : content.candidates()) {
				body(doc, candidate, FANGSONG);
			}
			body(doc, "特此报告。", FANGSONG);
			blank(doc, 1); // one line between body and signature keeps a short report on one page
			XWPFParagraph signature = paragraph(doc, ParagraphAlignment.RIGHT);
			signature.setIndentationRight(4 * 320);
			run(signature, content.issuer(), FANGSONG, 16, null, false);
			XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
			date.setIndentationRight(4 * 320);
			run(date, chineseDate(content.date()), FANGSONG, 16, null, false);
			pageNumbers(doc);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** 成文日期 in Arabic numerals, full year, no leading zeros: 2020年9月30日. */
	static String chineseDate(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String heading(int index) {
		String[] numerals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
		return index < numerals.length ? numerals[index] + "、" : (index + 1) + ".";
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(Math.round(37 * MM)));
		margins.setBottom(BigInteger.valueOf(Math.round(35 * MM)));
		margins.setLeft(BigInteger.valueOf(Math.round(28 * MM)));
		margins.setRight(BigInteger.valueOf(Math.round(26 * MM)));
		margins.setFooter(BigInteger.valueOf(Math.round(28 * MM)));
	}

	private static void pageNumbers(XWPFDocument doc) {
		XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		p.setAlignment(ParagraphAlignment.RIGHT);
		p.setIndentationRight(280);
		run(p, "— ", "宋体", 14, null, false);
		p.getCTP().addNewFldSimple().setInstr("PAGE");
		run(p, " —", "宋体", 14, null, false);
	}

	private static void body(XWPFDocument doc, String text, String font) {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(2 * 320);
		run(p, text, font, 16, null, false);
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingBetween(LINE / 20.0, LineSpacingRule.EXACT);
		p.setSpacingAfter(0);
		return p;
	}

	private static void blank(XWPFDocument doc, int lines) {
		for (int i = 0; i < lines; i++) {
			paragraph(doc, ParagraphAlignment.LEFT);
		}
	}

	private static void run(XWPFParagraph p, String text, String font, int size, String colour, boolean bold) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontFamily(font);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setBold(bold);
		if (colour != null) {
			run.setColor(colour);
		}
	}
}
