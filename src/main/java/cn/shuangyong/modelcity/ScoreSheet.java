package cn.shuangyong.modelcity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import cn.shuangyong.modelcity.CampaignRecords.ScoreRow;
import cn.shuangyong.modelcity.CampaignRecords.VetoFinding;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 考评评分表 as .xlsx, one sheet per candidate: areas, indicators, points, self score, review score and comments, with
 * area subtotals and the total. Text always goes into string cells, so a typed "=cmd|…" stays text.
 */
final class ScoreSheet {

	static final String[] HEADERS = { "考评项目", "序号", "考评内容", "分值", "自评得分", "证明材料说明", "审核得分", "审核意见" };

	private ScoreSheet() {
	}

	record Candidate(CampaignSummary summary, List<ScoreRow> rows, List<VetoFinding> vetoes) {
	}

	static byte[] write(List<Candidate> candidates) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(book);
			for (Candidate candidate : candidates) {
				sheet(book, styles, candidate);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sheet(Workbook book, Styles styles, Candidate candidate) {
		CampaignSummary c = candidate.summary();
		Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(c.regionName() + "（" + c.year() + "）"));
		int r = 0;
		text(sheet.createRow(r++), 0, c.year() + "年度双拥模范城（县）考评评分表：" + c.regionName(), styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
		text(sheet.createRow(r++), 0, "考评阶段：" + c.stage().label() + "　考评标准：第 " + c.standardVersion() + " 版　满分："
				+ c.totalText() + " 分　审核单位：" + c.reviewerUnitName(), styles.plain);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
		Row head = sheet.createRow(r++);
		for (int i = 0; i < HEADERS.length; i++) {
			text(head, i, HEADERS[i], styles.header);
		}
		String area = null;
		BigDecimal self = BigDecimal.ZERO;
		BigDecimal review = BigDecimal.ZERO;
		for (ScoreRow s : candidate.rows()) {
			Row row = sheet.createRow(r++);
			text(row, 0, s.areaTitle().equals(area) ? "" : s.areaCode() + " " + s.areaTitle(), styles.cell);
			area = s.areaTitle();
			text(row, 1, s.code(), styles.cell);
			text(row, 2, s.title(), styles.cell);
			number(row, 3, s.points(), styles.number);
			number(row, 4, s.selfScore(), styles.number);
			text(row, 5, s.evidenceText() == null ? "" : s.evidenceText(), styles.cell);
			number(row, 6, s.reviewScore(), styles.number);
			text(row, 7, s.reviewComment() == null ? "" : s.reviewComment(), styles.cell);
			self = s.selfScore() == null ? self : self.add(s.selfScore());
			review = s.reviewScore() == null ? review : review.add(s.reviewScore());
		}
		Row total = sheet.createRow(r++);
		text(total, 0, "合计", styles.header);
		for (int i = 1; i < HEADERS.length; i++) {
			text(total, i, "", styles.header);
		}
		number(total, 3, c.totalPoints(), styles.number);
		number(total, 4, self, styles.number);
		number(total, 6, c.reviewComplete() ? review : null, styles.number);
		for (VetoFinding v : candidate.vetoes()) {
			text(sheet.createRow(r++), 0, "一票否决：" + v.item() + "。依据：" + v.grounds(), styles.plain);
		}
		int[] widths = { 18, 7, 48, 7, 9, 36, 9, 30 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 3);
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style) {
		var cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle plain;

		final CellStyle header;

		final CellStyle cell;

		final CellStyle number;

		Styles(Workbook book) {
			Font bold = book.createFont();
			bold.setBold(true);
			bold.setFontName("宋体");
			Font big = book.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			big.setFontName("宋体");
			title = book.createCellStyle();
			title.setFont(big);
			title.setAlignment(HorizontalAlignment.CENTER);
			plain = book.createCellStyle();
			header = bordered(book);
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			cell = bordered(book);
			cell.setWrapText(true);
			number = bordered(book);
		}

		private static CellStyle bordered(Workbook book) {
			CellStyle style = book.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}
	}
}
