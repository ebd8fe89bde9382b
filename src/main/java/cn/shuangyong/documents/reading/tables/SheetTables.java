package cn.shuangyong.documents.reading.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rows of each sheet of a spreadsheet (.xlsx or .xls), cells as they show (numbers formatted as displayed). A
 * merged cell repeats its text in every cell it covers: one 牵头单位 merged down a column leads each task beside it,
 * and a title merged across the columns stays one line.
 */
public final class SheetTables {

	// A sheet filled far down by formatting alone is read only as far as a plan could go.
	private static final int MAX_ROWS = 5000;
	private static final int MAX_COLUMNS = 40;

	private SheetTables() {
	}

	/** The sheets' rows, one list per sheet; IOException and POI's runtime errors mean a damaged file. */
	public static List<List<List<String>>> read(byte[] content) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			DataFormatter formatter = new DataFormatter();
			List<List<List<String>>> sheets = new ArrayList<>();
			for (Sheet sheet : workbook) {
				sheets.add(rows(sheet, formatter));
			}
			return sheets;
		}
	}

	private static List<List<String>> rows(Sheet sheet, DataFormatter formatter) {
		int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
		int width = 0;
		for (int r = 0; r <= last; r++) {
			Row row = sheet.getRow(r);
			width = Math.max(width, row == null ? 0 : Math.min(row.getLastCellNum(), MAX_COLUMNS));
		}
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= last; r++) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < width; c++) {
				cells.add(text(sheet, r, c, formatter));
			}
			if (cells.stream().anyMatch(s -> !s.isBlank())) {
				rows.add(cells);
			}
		}
		return rows;
	}

	private static String text(Sheet sheet, int r, int c, DataFormatter formatter) {
		for (CellRangeAddress merged : sheet.getMergedRegions()) {
			if (merged.isInRange(r, c)) {
				return cell(sheet, merged.getFirstRow(), merged.getFirstColumn(), formatter);
			}
		}
		return cell(sheet, r, c, formatter);
	}

	private static String cell(Sheet sheet, int r, int c, DataFormatter formatter) {
		Row row = sheet.getRow(r);
		Cell cell = row == null ? null : row.getCell(c);
		return cell == null ? "" : formatter.formatCellValue(cell).strip();
	}
}
