package cn.shuangyong.beneficiaries.visits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster as an .xlsx for printing: every cell a string (a name such as =1+1 stays text, never a formula), A4
 * landscape fitted to the page width, the header rows repeated on every page, and the watermark (who exported it,
 * when) in the page header and above the table.
 */
public final class RosterWorkbook {

	static final String[] HEADERS = { "序号", "姓名", "公民身份号码", "优抚类别", "所在地", "", "领取人签名", "领取日期" };

	private static final int[] WIDTHS = { 6, 12, 22, 26, 30, 14, 18, 14 };

	private RosterWorkbook() {
	}

	public static byte[] write(Roster roster) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(roster.kind().title());
			CellStyle title = style(book, 16, true, false);
			CellStyle plain = style(book, 10, false, false);
			CellStyle head = style(book, 11, true, true);
			CellStyle cell = style(book, 11, false, true);
			text(sheet.createRow(0), 0, roster.campaignTitle() + roster.kind().title(), title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			text(sheet.createRow(1), 0, roster.scopeName() + "　　" + roster.watermark(), plain);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
			Row header = sheet.createRow(2);
			for (int i = 0; i < HEADERS.length; i++) {
				text(header, i, i == 5 ? roster.kind().column() : HEADERS[i], head);
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			int r = 3;
			for (Roster.Row line : roster.rows()) {
				Row row = sheet.createRow(r++);
				row.setHeightInPoints(28);
				String[] values = { Integer.toString(line.number()), line.name(), line.idMasked(), line.categories(),
						line.place(), line.gift(), "", "" };
				for (int i = 0; i < values.length; i++) {
					text(row, i, values[i], cell);
				}
			}
			printSetup(sheet, roster);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void printSetup(Sheet sheet, Roster roster) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("3:3"));
		sheet.getHeader().setCenter(roster.watermark());
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
		sheet.createFreezePane(0, 3);
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value);
		cell.setCellStyle(style);
	}

	private static CellStyle style(XSSFWorkbook book, int size, boolean bold, boolean bordered) {
		CellStyle style = book.createCellStyle();
		Font font = book.createFont();
		font.setFontName("Noto Sans CJK SC");
		font.setFontHeightInPoints((short) size);
		font.setBold(bold);
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(bordered);
		style.setDataFormat(book.createDataFormat().getFormat("@"));
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setAlignment(HorizontalAlignment.CENTER);
		}
		return style;
	}
}
