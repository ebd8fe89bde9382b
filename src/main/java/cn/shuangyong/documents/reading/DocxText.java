package cn.shuangyong.documents.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/**
 * The text of a .docx in reading order, paragraphs and tables alike. POI guards the unzipping: ZipSecureFile
 * refuses an entry that inflates more than its ratio allows (a zip bomb) before it fills the memory, and an entry
 * that declares more than POI will allocate (over 100 MB, such as 1 GiB) is refused with a RecordFormatException
 * before it is read.
 */
final class DocxText {

	private DocxText() {
	}

	static String read(byte[] content, String name) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<String> lines = new ArrayList<>();
			DocxListNumbers numbers = new DocxListNumbers(document);
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(numbers.label(paragraph) + paragraph.getText());
				}
				else if (element instanceof XWPFTable table) {
					lines.addAll(TaskTable.lines(DocxTables.rows(table)));
				}
				else if (element instanceof XWPFSDT control) {
					lines.add(control.getContent().getText());
				}
			}
			return String.join("\n", lines);
		}
		catch (IOException | POIXMLException | RecordFormatException | IllegalArgumentException
				| IllegalStateException e) {
			throw refused(e, name);
		}
	}

	private static UnreadableNoticeException refused(Exception e, String name) {
		if (ArchiveBombs.isBomb(e)) {
			return new UnreadableNoticeException(Reason.ARCHIVE_BOMB, name
					+ " 解压后的体积异常（疑似“压缩炸弹”），为保护系统已拒绝读取", e);
		}
		return new UnreadableNoticeException(Reason.DAMAGED, name + " 不是有效的 Word（.docx）文档，或文件已损坏", e);
	}
}
