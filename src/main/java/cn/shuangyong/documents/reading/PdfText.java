package cn.shuangyong.documents.reading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;
import cn.shuangyong.documents.reading.tables.AlignedPdfText;
import cn.shuangyong.documents.reading.tables.FlatTables;

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
	private static final Pattern RUN_OF_SPACES = Pattern.compile(" {2,}");
	// No page is read twice unless a header that names leads is in its text.
	private static final Pattern LEAD_HEADER = Pattern.compile("牵头|牽頭|主责|主責|责任单位|責任單位|责任部门|責任部門");

	private PdfText() {
	}

	/**
	 * A task table's cells lose their columns in the text in reading order; when the positions of the text show a
	 * task table, the page is read by positions instead, with runs of spaces outside the table made single again.
	 */
	private static String withTaskTables(String text, PDDocument pdf) throws IOException {
		if (!LEAD_HEADER.matcher(text).find()) {
			return text;
		}
		List<String> aligned = List.of(AlignedPdfText.read(pdf).split("\n", -1));
		List<FlatTables.Block> tables = FlatTables.find(aligned);
		if (tables.isEmpty()) {
			return text;
		}
		List<String> lines = new ArrayList<>(aligned);
		int from = 0;
		for (FlatTables.Block table : tables) {
			collapse(lines, from, table.start());
			from = table.end();
		}
		collapse(lines, from, lines.size());
		return String.join("\n", lines);
	}

	private static void collapse(List<String> lines, int from, int to) {
		for (int i = from; i < to; i++) {
			lines.set(i, RUN_OF_SPACES.matcher(lines.get(i).strip()).replaceAll(" "));
		}
	}

	static String read(byte[] content, String name) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			stripper.setSpacingTolerance(GAP_THAT_IS_A_SPACE);
			stripper.setAverageCharTolerance(GAP_THAT_IS_A_SPACE);
			String text = withTaskTables(stripper.getText(pdf), pdf);
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
