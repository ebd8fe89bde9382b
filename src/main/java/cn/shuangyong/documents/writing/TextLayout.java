package cn.shuangyong.documents.writing;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The text of a document (7.3.3): paragraphs in 仿宋 indented two characters; headings numbered 一、 （一） 1. （1）, the
 * first level in 黑体, the second in 楷体, the third and fourth in 仿宋, all 三号; tables as wide as the type area.
 */
final class TextLayout {

	private TextLayout() {
	}

	static void write(XWPFDocument document, List<Block> blocks, int widthTwips) {
		HeadingNumbers numbers = new HeadingNumbers();
		for (Block block : blocks) {
			if (block instanceof Block.Paragraph p) {
				GbText.body(document, p.text());
			}
			else if (block instanceof Block.Heading h) {
				heading(document, numbers.next(h.level()) + h.text(), h);
			}
			else if (block instanceof Block.Table t) {
				TableLayout.write(document, t, widthTwips);
			}
		}
	}

	private static void heading(XWPFDocument document, String numbered, Block.Heading heading) {
		XWPFParagraph paragraph = GbText.line(document, ParagraphAlignment.BOTH);
		paragraph.setFirstLineIndent(2 * GbPage.CHAR_TWIPS);
		String font = switch (heading.level()) {
			case 1 -> GbText.HEITI;
			case 2 -> GbText.KAITI;
			default -> GbText.FANGSONG;
		};
		GbText.run(paragraph, numbered, font, GbText.BODY_PT);
		if (!heading.followedBy().isEmpty()) {
			GbText.run(paragraph, heading.followedBy(), GbText.FANGSONG, GbText.BODY_PT);
		}
	}
}
