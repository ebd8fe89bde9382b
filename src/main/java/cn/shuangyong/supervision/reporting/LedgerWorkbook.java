package cn.shuangyong.supervision.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskView;

/**
 * The ledger as an .xlsx: one row per task, the header frozen and filtered, columns wide enough for Chinese text, the
 * standing in words ({@link TaskStanding}: 逾期办结 and the others) and its colour as the cell's fill, printed landscape on A4 with the header repeated on every page.
 */
final class LedgerWorkbook {

	static final List<String> HEADERS = List.of("条目", "任务", "牵头单位", "配合单位", "截止日期", "状态", "办理情况", "最近报送",
			"销号日期");

	/** Column widths in characters. */
	private static final int[] WIDTHS = { 6, 40, 24, 30, 12, 10, 8, 12, 12 };

	private static final Map<TaskStanding, String> FILLS = new EnumMap<>(Map.of(TaskStanding.OVERDUE, "F8D7DA",
			TaskStanding.DUE_SOON, "FFF3CD", TaskStanding.IN_PROGRESS, "D1E7DD", TaskStanding.DONE_ON_TIME, "D1E7DD",
			TaskStanding.DONE_LATE, "EFE1DC"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private LedgerWorkbook() {
	}

	static byte[] write(String planTitle, List<TaskView> tasks) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("台账");
			CellStyle header = style(workbook, null, true);
			CellStyle text = style(workbook, null, false);
			Map<TaskStanding, CellStyle> colours = new EnumMap<>(TaskStanding.class);
			FILLS.forEach((standing, rgb) -> colours.put(standing, style(workbook, rgb, false)));
			Row top = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				top.createCell(i).setCellValue(HEADERS.get(i));
				top.getCell(i).setCellStyle(header);
				sheet.setColumnWidth(i, WIDTHS[i] * 2 * 256);
			}
			int r = 1;
			for (TaskView task : tasks) {
				Row row = sheet.createRow(r++);
				List<String> values = LedgerLine.of(task).cells();
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
					row.getCell(i).setCellStyle(i == 6 ? colours.get(task.standing()) : text);
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
			sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.getHeader().setCenter(planTitle + " 任务台账");
			sheet.getFooter().setCenter("第 &P 页，共 &N 页");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CellStyle style(XSSFWorkbook workbook, String fill, boolean bold) {
		XSSFCellStyle style = workbook.createCellStyle();
		XSSFFont font = workbook.createFont();
		font.setFontName("宋体");
		font.setFontHeightInPoints((short) 11);
		font.setBold(bold);
		style.setFont(font);
		style.setWrapText(true);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (bold) {
			style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		if (fill != null) {
			style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(fill)));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	static String day(java.time.temporal.TemporalAccessor date) {
		return date == null ? "" : DAY.format(date);
	}
}
