package cn.shuangyong.supervision.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** How many data rows the tables of a kept .docx hold: the figure the audit log records for its download. */
public final class DocxTables {

	private DocxTables() {
	}

	/** The rows of every table, less each table's heading row. */
	public static int dataRows(byte[] docx) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			int rows = 0;
			for (XWPFTable table : document.getTables()) {
				rows += Math.max(0, table.getNumberOfRows() - 1);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException("情况通报文件无法读取", e);
		}
	}
}
