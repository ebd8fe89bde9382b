package cn.shuangyong.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list as one .xlsx sheet, the way the offices send tables round: a title line, a bold header that repeats on
 * every printed page and stays in view, then one row per record. Numbers are numeric cells; everything else is written
 * as text, so nothing a user typed becomes a formula.
 */
public final class TableWorkbook {

	private TableWorkbook() {
	}

	/** {@code widths} in characters, one per column. */
	public static byte[] of(String sheetName, String title, List<String> columns, int[] widths, List<List<Object>> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(sheetName);
			CellStyle head = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setBorderBottom(BorderStyle.THIN);
			sheet.createRow(0).createCell(0).setCellValue(title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
			Row header = sheet.createRow(1);
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(columns.get(i));
				header.getCell(i).setCellStyle(head);
			}
			int r = 2;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(i).setCellValue(value == null ? "" : value.toString());
					}
				}
			}
			sheet.createFreezePane(0, 2);
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, columns.size() - 1));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
