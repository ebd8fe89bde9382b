package cn.shuangyong.documents.reading;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The kind of file a notice came in, decided by its first bytes rather than its name: people rename files, and
 * a .docx that is really an old .doc must still be read.
 */
enum NoticeFormat {

	TEXT, DOCX, DOC, PDF, RTF, XLSX, XLS, IMAGE;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] RTF_MAGIC = { '{', '\\', 'r', 't', 'f' };
	// A scanned page: PNG or JPEG.
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	// A workbook names its parts xl/… in the zip, and its stream Workbook (Book before Excel 97) in the OLE2
	// directory; a Word file names word/document.xml and WordDocument. Compressed data may hold any bytes, so a
	// workbook counts only where the Word name is absent.
	private static final byte[] XLSX_PART = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] DOCX_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] XLS_STREAM = "Workbook".getBytes(StandardCharsets.UTF_16LE);
	private static final byte[] OLD_XLS_STREAM = "Book\u0000".getBytes(StandardCharsets.UTF_16LE);
	private static final byte[] DOC_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
	// PDF readers accept the header anywhere in the first kilobyte.
	private static final int PDF_HEADER_WINDOW = 1024;

	static NoticeFormat of(byte[] content) {
		if (startsWith(content, ZIP)) {
			return contains(content, XLSX_PART) && !contains(content, DOCX_PART) ? XLSX : DOCX;
		}
		if (startsWith(content, OLE2)) {
			boolean workbook = contains(content, XLS_STREAM) || contains(content, OLD_XLS_STREAM);
			return workbook && !contains(content, DOC_STREAM) ? XLS : DOC;
		}
		if (startsWith(content, RTF_MAGIC)) {
			return RTF;
		}
		if (startsWith(content, PNG_MAGIC) || startsWith(content, JPEG_MAGIC)) {
			return IMAGE;
		}
		int window = Math.min(content.length, PDF_HEADER_WINDOW);
		for (int i = 0; i + PDF_MAGIC.length <= window; i++) {
			if (Arrays.equals(content, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
				return PDF;
			}
		}
		return TEXT;
	}

	private static boolean contains(byte[] content, byte[] part) {
		outer:
		for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
