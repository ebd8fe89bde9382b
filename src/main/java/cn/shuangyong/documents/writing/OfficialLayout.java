package cn.shuangyong.documents.writing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes an official document as a .docx laid out per GB/T 9704-2012 (党政机关公文格式) on the page of {@link GbPage}:
 * the red issuing mark 35 mm into the type area (7.2.4), the number two lines under it with the red rule 4 mm below
 * (7.2.5, 7.2.7), the title in 2号小标宋 two lines under the rule (7.3.1), the 主送 one line under the title (7.3.2),
 * the text (7.3.3), the 附件说明 (7.3.4), the signature and date with room for the seal (7.3.5) and the 版记 (7.4).
 */
public final class OfficialLayout {

	/** 二号 characters in a line of the type area. */
	private static final double TITLE_CHARS = GbPage.WIDTH_TWIPS / 20.0 / GbText.TITLE_PT;

	private OfficialLayout() {
	}

	public static byte[] docx(OfficialDocument content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			GbPage.portrait(document);
			masthead(document, content.mark(), content.number());
			title(document, content.title());
			GbText.blank(document);
			XWPFParagraph to = GbText.line(document, ParagraphAlignment.LEFT);
			GbText.run(to, content.addressee() + "：", GbText.FANGSONG, GbText.BODY_PT);
			TextLayout.write(document, content.body(), GbPage.WIDTH_TWIPS);
			attachments(document, content);
			signature(document, content.signature());
			if (content.imprint() != null) {
				ImprintLayout.write(document, content.imprint());
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void masthead(XWPFDocument document, String mark, String number) {
		XWPFParagraph paragraph = GbText.line(document, ParagraphAlignment.CENTER);
		// The mark's top edge 35 mm below the top of the type area (7.2.4), less the line the mark sits on.
		paragraph.setSpacingBefore((int) (35 * 1440 / 25.4) - GbPage.LINE_TWIPS);
		// red 小标宋, no wider than the type area
		double size = Math.min(42, Math.floor(GbPage.WIDTH_TWIPS / 20.0 / GbText.width(mark)));
		paragraph.setSpacingBetween(size * 1.25, LineSpacingRule.EXACT);
		XWPFRun run = GbText.run(paragraph, mark, GbText.XIAOBIAOSONG, size);
		run.setColor(GbText.RED);
		GbText.blank(document);
		GbText.blank(document);
		XWPFParagraph line = GbText.line(document, ParagraphAlignment.CENTER);
		GbText.run(line, number == null ? "（征求意见稿）" : number, number == null ? GbText.HEITI : GbText.FANGSONG,
				GbText.BODY_PT);
		GbText.redRuleBelow(line);
		GbText.blank(document);
	}

	private static void title(XWPFDocument document, String title) {
		XWPFParagraph paragraph = GbText.line(document, ParagraphAlignment.CENTER);
		paragraph.setSpacingBetween(33, LineSpacingRule.EXACT);
		String[] parts = title.split("\n");
		if (GbText.width(title.replace("\n", "")) <= TITLE_CHARS) {
			parts = new String[] { title.replace("\n", "") };
		}
		for (int i = 0; i < parts.length; i++) {
			XWPFRun run = GbText.run(paragraph, parts[i], GbText.XIAOBIAOSONG, GbText.TITLE_PT);
			if (i < parts.length - 1) {
				run.addBreak();
			}
		}
	}

	/**
	 * 附件说明 (7.3.4): one line under the text, two characters in, 附件： and the name; several are numbered 1. 2. and
	 * their names aligned under the first.
	 */
	private static void attachments(XWPFDocument document, OfficialDocument content) {
		if (content.attachments().isEmpty()) {
			return;
		}
		GbText.blank(document);
		boolean numbered = content.attachments().size() > 1;
		for (int i = 0; i < content.attachments().size(); i++) {
			XWPFParagraph paragraph = GbText.line(document, ParagraphAlignment.LEFT);
			paragraph.setIndentationLeft((i == 0 ? 2 : 5) * GbPage.CHAR_TWIPS);
			String name = (numbered ? (i + 1) + "." : "") + content.attachments().get(i);
			GbText.run(paragraph, (i == 0 ? "附件：" : "") + name, GbText.FANGSONG, GbText.BODY_PT);
		}
	}

	/**
	 * The issuer's name centred over the date, the date four characters in from the right (7.3.5.1), with two empty
	 * lines above for the seal, which presses on both.
	 */
	private static void signature(XWPFDocument document, OfficialDocument.Signature signature) {
		String day = WrittenDates.of(signature.date());
		GbText.blank(document);
		GbText.blank(document);
		double nameRight = Math.max(0, 4 + (GbText.width(day) - GbText.width(signature.issuer())) / 2);
		XWPFParagraph name = GbText.line(document, ParagraphAlignment.RIGHT);
		name.setIndentationRight((int) Math.round(nameRight * GbPage.CHAR_TWIPS));
		GbText.run(name, signature.issuer(), GbText.FANGSONG, GbText.BODY_PT);
		XWPFParagraph when = GbText.line(document, ParagraphAlignment.RIGHT);
		when.setIndentationRight(4 * GbPage.CHAR_TWIPS);
		GbText.run(when, day, GbText.FANGSONG, GbText.BODY_PT);
	}
}
