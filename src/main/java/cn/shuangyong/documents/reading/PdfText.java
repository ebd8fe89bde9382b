package cn.shuangyong.documents.reading;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/**
 * The text of a PDF that has a text layer. A scan has none: it is refused with the advice to supply the text or
 * run character recognition first, rather than read as a notice with no items.
 */
final class PdfText {

	// Word and LibreOffice set Chinese and Latin apart by a quarter em (不少于 1 篇) without a space character;
	// only a gap as wide as a space is one.
	private static final float GAP_THAT_IS_A_SPACE = 1.0f;
	// A scanned page may still carry a page number or a stamp's few letters; a notice has far more.
	private static final int MIN_LETTERS = 8;

	private PdfText() {
	}

	static String read(byte[] content, String name) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			stripper.setSpacingTolerance(GAP_THAT_IS_A_SPACE);
			stripper.setAverageCharTolerance(GAP_THAT_IS_A_SPACE);
			String text = stripper.getText(pdf);
			if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
				throw new UnreadableNoticeException(Reason.NO_TEXT, name + " 是没有文字层的 PDF（共 "
						+ pdf.getNumberOfPages() + " 页，可能是扫描件或图片），请上传文字版，或先做文字识别（OCR）");
			}
			return text;
		}
		catch (InvalidPasswordException e) {
			throw new UnreadableNoticeException(Reason.ENCRYPTED, name + " 是加密的 PDF，需要密码才能打开，请去掉密码后再上传", e);
		}
		catch (IOException e) {
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 不是有效的 PDF 文档，或文件已损坏", e);
		}
	}
}
