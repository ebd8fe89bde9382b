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
 * The text of a PDF. A scan has no text layer: its pages are read by OCR ({@link ScanText}); where OCR is not
 * installed or reads nothing, it is refused with the advice to supply the text, rather than read as a notice with
 * no items.
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

	static boolean hasText(String text) {
		return text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() >= MIN_LETTERS;
	}

	private static void collapse(List<String> lines, int from, int to) {
		for (int i = from; i < to; i++) {
			lines.set(i, RUN_OF_SPACES.matcher(lines.get(i).strip()).replaceAll(" "));
		}
	}

	/** The text layer, or where there is none the text OCR reads on the pages (then with its confidences). */
	static SourceText readOrScan(byte[] content, String name) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			stripper.setSpacingTolerance(GAP_THAT_IS_A_SPACE);
			stripper.setAverageCharTolerance(GAP_THAT_IS_A_SPACE);
			String text = withTaskTables(stripper.getText(pdf), pdf);
			if (hasText(text)) {
				return SourceText.of(text);
			}
			String scan = name + " 是没有文字层的 PDF（共 " + pdf.getNumberOfPages() + " 页，可能是扫描件或图片）";
			if (!ScanText.installed()) {
				throw new UnreadableNoticeException(Reason.NO_TEXT, scan + "，本机无法做文字识别（OCR），请上传文字版");
			}
			ScanText.Ocr ocr = ScanText.readPdf(pdf, name);
			if (!hasText(ocr.text())) {
				throw new UnreadableNoticeException(Reason.NO_TEXT, scan + "，文字识别（OCR）也未读出文字："
						+ "页面可能是空白、照片或方向不对，请上传文字版或清晰、端正的扫描件");
			}
			return SourceText.scanned(ocr);
		}
		catch (InvalidPasswordException e) {
			throw new UnreadableNoticeException(Reason.ENCRYPTED, name + " 是加密的 PDF，需要密码才能打开，请去掉密码后再上传", e);
		}
		catch (IOException e) {
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 不是有效的 PDF 文档，或文件已损坏", e);
		}
	}
}
