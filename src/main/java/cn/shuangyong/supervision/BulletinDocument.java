package cn.shuangyong.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a 情况通报 as a .docx laid out per GB/T 9704-2012: 版头 (red agency mark, document number, red line), title,
 * 主送机关, body with the figures, and the issuer's name and date with room for the seal.
 *
 * <p>The agency mark is the issuing office's name followed by 文件, not a "情况通报" masthead: a bulletin that carries
 * a document number (云拥办〔2020〕N号) is a formal 通报, one of the fifteen kinds of 公文 in the 党政机关公文处理工作条例
 * (art. 8), and GB/T 9704 (7.2.4) gives formal documents the 机关名称 + 文件 mark. The "情况通报" masthead belongs to
 * 简报-style bulletins numbered by issue (第N期), which these are not.
 */
final class BulletinDocument {

	private BulletinDocument() {
	}

	/** A draft has no document number and says 征求意见稿 where the number would be. */
	static byte[] write(BulletinContent content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			OfficialPage.setUp(document);
			masthead(document, content);
			title(document, content.title());
			OfficialText.blank(document);
			XWPFParagraph to = OfficialText.line(document, ParagraphAlignment.LEFT);
			OfficialText.run(to, content.recipients() + "：", OfficialText.FANGSONG, OfficialText.BODY_PT);
			BulletinBody.write(document, content);
			signature(document, content.issuer(), content.date());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void masthead(XWPFDocument document, BulletinContent content) {
		String mark = content.issuer() + "文件";
		XWPFParagraph paragraph = OfficialText.line(document, ParagraphAlignment.CENTER);
		// The mark's top edge 35 mm below the top of the type area (7.2.4), less the line the mark sits on.
		paragraph.setSpacingBefore((int) (35 * 1440 / 25.4) - OfficialPage.LINE_TWIPS);
		double size = Math.min(42, Math.floor(OfficialPage.WIDTH_TWIPS / 20.0 / mark.length()));
		paragraph.setSpacingBetween(size * 1.25, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		XWPFRun run = OfficialText.run(paragraph, mark, OfficialText.XIAOBIAOSONG, size);
		run.setColor(OfficialText.RED);
		OfficialText.blank(document);
		OfficialText.blank(document);
		// The number two lines under the mark, centred (7.2.5); the red line 4 mm under it (7.2.6).
		XWPFParagraph number = OfficialText.line(document, ParagraphAlignment.CENTER);
		OfficialText.run(number, content.docNumber() == null ? "（征求意见稿）" : content.docNumber(),
				content.docNumber() == null ? OfficialText.HEITI : OfficialText.FANGSONG, OfficialText.BODY_PT);
		OfficialText.redRuleBelow(number);
		OfficialText.blank(document);
	}

	/** 二号 (22 pt) characters in a line of the type area. */
	private static final double TITLE_CHARS = OfficialPage.WIDTH_TWIPS / 20.0 / 22;

	/**
	 * 二号 小标宋, centred, two lines under the red line (7.3.1). A title too long for one line breaks before
	 * 落实情况的通报 rather than wherever the line ends, so no word is split (7.3.1: 回行时要做到词意完整).
	 */
	private static void title(XWPFDocument document, String title) {
		XWPFParagraph paragraph = OfficialText.line(document, ParagraphAlignment.CENTER);
		paragraph.setSpacingBetween(33, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		int at = title.lastIndexOf("落实情况");
		if (width(title) > TITLE_CHARS && at > 0) {
			OfficialText.run(paragraph, title.substring(0, at), OfficialText.XIAOBIAOSONG, 22).addBreak();
			OfficialText.run(paragraph, title.substring(at), OfficialText.XIAOBIAOSONG, 22);
		}
		else {
			OfficialText.run(paragraph, title, OfficialText.XIAOBIAOSONG, 22);
		}
	}

	/**
	 * The issuer's name centred over the date, the date four characters in from the right (7.3.5.1), with two empty
	 * lines above for the seal, which presses on both.
	 */
	private static void signature(XWPFDocument document, String issuer, LocalDate date) {
		String day = chineseDate(date);
		OfficialText.blank(document);
		OfficialText.blank(document);
		double dayWidth = width(day);
		double nameWidth = width(issuer);
		double nameRight = Math.max(0, 4 + (dayWidth - nameWidth) / 2);
		XWPFParagraph name = OfficialText.line(document, ParagraphAlignment.RIGHT);
		name.setIndentationRight((int) Math.round(nameRight * OfficialPage.CHAR_TWIPS));
		OfficialText.run(name, issuer, OfficialText.FANGSONG, OfficialText.BODY_PT);
		XWPFParagraph when = OfficialText.line(document, ParagraphAlignment.RIGHT);
		when.setIndentationRight(4 * OfficialPage.CHAR_TWIPS);
		OfficialText.run(when, day, OfficialText.FANGSONG, OfficialText.BODY_PT);
	}

	/** 成文日期 in Arabic figures with year, month and day in full, no leading zeros (7.3.5.1). */
	static String chineseDate(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** Width in characters: Latin figures are half a character. */
	private static double width(String text) {
		return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
	}

	/** What goes into a bulletin. {@code docNumber} is null in a draft. */
	record BulletinContent(String issuer, String docNumber, String title, String recipients, String planTitle,
			String planNumber, LocalDate date, BulletinFigures figures) {
	}
}
