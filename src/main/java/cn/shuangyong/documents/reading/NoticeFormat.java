package cn.shuangyong.documents.reading;

import java.util.Arrays;

/**
 * The kind of file a notice came in, decided by its first bytes rather than its name: people rename files, and
 * a .docx that is really an old .doc must still be read.
 */
enum NoticeFormat {

	TEXT, DOCX, DOC, PDF, RTF;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] RTF_MAGIC = { '{', '\\', 'r', 't', 'f' };
	// PDF readers accept the header anywhere in the first kilobyte.
	private static final int PDF_HEADER_WINDOW = 1024;

	static NoticeFormat of(byte[] content) {
		if (startsWith(content, ZIP)) {
			return DOCX;
		}
		if (startsWith(content, OLE2)) {
			return DOC;
		}
		if (startsWith(content, RTF_MAGIC)) {
			return RTF;
		}
		int window = Math.min(content.length, PDF_HEADER_WINDOW);
		for (int i = 0; i + PDF_MAGIC.length <= window; i++) {
			if (Arrays.equals(content, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
				return PDF;
			}
		}
		return TEXT;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
