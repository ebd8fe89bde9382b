package cn.shuangyong.documents.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/**
 * The text of an old Word .doc (the OLE2 format that 公文 systems still send), paragraphs and tables in order.
 * The same container also holds encrypted .docx files and Excel workbooks; those are named for what they are.
 */
final class DocText {

	private static final String ENCRYPTED_OOXML = "EncryptedPackage";
	private static final String WORD_STREAM = "WordDocument";

	private DocText() {
	}

	static String read(byte[] content, String name) {
		try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (container.getRoot().hasEntry(ENCRYPTED_OOXML)) {
				throw encrypted(name, null);
			}
			if (!container.getRoot().hasEntry(WORD_STREAM)) {
				throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT,
						name + " 是 Office 文件，但不是 Word 文档（可能是 Excel 或 PowerPoint 文件）");
			}
			try (HWPFDocument document = new HWPFDocument(container)) {
				return String.join("\n", lines(document.getRange()));
			}
		}
		catch (EncryptedDocumentException e) {
			throw encrypted(name, e);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UnreadableNoticeException refused) {
				throw refused;
			}
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 不是有效的 Word（.doc）文档，或文件已损坏", e);
		}
	}

	private static List<String> lines(Range range) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < range.numParagraphs(); i++) {
			Paragraph paragraph = range.getParagraph(i);
			if (paragraph.isInTable()) {
				Table table = range.getTable(paragraph);
				lines.addAll(TaskTable.lines(rows(table)));
				i += table.numParagraphs() - 1;
			}
			else {
				lines.add(clean(paragraph.text()));
			}
		}
		return lines;
	}

	/** A cell merged down a column repeats the text of the cell that starts the merge, as in a .docx. */
	private static List<List<String>> rows(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && c < above.size();
				cells.add(continued ? above.get(c) : clean(cell.text()));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Word's own marks: field codes, cell ends (\u0007), paragraph and line ends (\r, \u000b), pictures (\u0001). */
	private static String clean(String text) {
		String visible = WordExtractor.stripFields(text).replace('\r', '\n').replace('\u000b', '\n');
		return visible.replaceAll("[\\x00-\\x08\\x0e-\\x1f]", "").strip();
	}

	private static UnreadableNoticeException encrypted(String name, Exception cause) {
		return new UnreadableNoticeException(Reason.ENCRYPTED, name + " 已加密（设置了打开密码），请去掉密码后再上传", cause);
	}
}
