package cn.shuangyong.pensions.rolls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A roll as the .xlsx a county office prints, signs and files: a title naming the county, the month and the status,
 * one row per line with the ID numbers masked, the earlier months each line settled, and a totals row. Amounts are
 * numbers (two decimals), so the sheet adds up in Excel and WPS as it does here.
 */
final class RollWorkbook {

	private static final String[] HEADERS = { "序号", "身份证号（脱敏）", "项目", "本月应发（元）", "补发（元）", "扣回（元）",
			"实发合计（元）", "说明" };

	private RollWorkbook() {
	}

	static byte[] of(String countyName, PaymentRoll roll, List<RollLine> lines, Map<Long, List<SettledMonth>> settled) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(roll.month() + " 花名册");
			CellStyle title = titleStyle(workbook);
			CellStyle header = boxed(workbook, true);
			CellStyle text = boxed(workbook, false);
			CellStyle money = boxed(workbook, false);
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			money.setAlignment(HorizontalAlignment.RIGHT);
			Row top = sheet.createRow(0);
			cell(top, 0, countyName + " " + roll.month().getYear() + "年" + roll.month().getMonthValue() + "月抚恤发放花名册",
					title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			cell(sheet.createRow(1), 0, "状态：" + roll.status().chinese() + "　共 " + lines.size() + " 人次", null);
			Row head = sheet.createRow(2);
			for (int i = 0; i < HEADERS.length; i++) {
				cell(head, i, HEADERS[i], header);
			}
			int r = 3;
			for (RollLine line : lines) {
				Row row = sheet.createRow(r);
				Cell number = row.createCell(0);
				number.setCellValue(r - 2);
				number.setCellStyle(text);
				cell(row, 1, line.person(), text);
				cell(row, 2, line.entitlement(), text);
				amount(row, 3, line.regular(), money);
				amount(row, 4, line.arrears(), money);
				amount(row, 5, line.recovered(), money);
				amount(row, 6, line.total(), money);
				cell(row, 7, why(line, settled.getOrDefault(line.accountId(), List.of())), text);
				r++;
			}
			Row total = sheet.createRow(r);
			cell(total, 0, "合计", header);
			for (int i = 1; i < 3; i++) {
				cell(total, i, "", header);
			}
			amount(total, 3, roll.totals().regular(), money);
			amount(total, 4, roll.totals().arrears(), money);
			amount(total, 5, roll.totals().recovered(), money);
			amount(total, 6, roll.totals().total(), money);
			cell(total, 7, "", text);
			int[] widths = { 6, 22, 16, 14, 12, 12, 14, 40 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 3);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The line's note: the months it paid back or took back, what is still owed, months without a standard. */
	static String why(RollLine line, List<SettledMonth> settled) {
		String months = settled.stream()
			.map(s -> (s.paidBack() ? "补发 " : "扣回 ") + s.month() + " " + s.amount().toPlainString() + " 元")
			.collect(Collectors.joining("；"));
		StringBuilder note = new StringBuilder(months);
		if (line.stillOwed().signum() > 0) {
			note.append(note.isEmpty() ? "" : "；").append("尚欠扣回 ").append(line.stillOwed().toPlainString()).append(" 元");
		}
		if (line.missing() != null) {
			note.append(note.isEmpty() ? "" : "；").append(line.missing()).append(" 尚无适用标准");
		}
		return note.toString();
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(style);
	}

	private static CellStyle titleStyle(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		font.setFontHeightInPoints((short) 14);
		style.setFont(font);
		style.setAlignment(HorizontalAlignment.CENTER);
		return style;
	}

	private static CellStyle boxed(XSSFWorkbook workbook, boolean bold) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (bold) {
			Font font = workbook.createFont();
			font.setBold(true);
			style.setFont(font);
			style.setAlignment(HorizontalAlignment.CENTER);
		}
		return style;
	}
}
