package cn.shuangyong.beneficiaries;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX written as a stream (SXSSF, 100 rows in memory), so a large export does not fill the heap. Every cell is a
 * string cell, never a formula (security requirements §3 #11); the watermark is the first and last row and the
 * printed page's header and footer.
 */
final class XlsxExport implements ExportWriter {

	private final OutputStream out;

	private final String watermark;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

	private final Sheet sheet;

	private int next;

	XlsxExport(OutputStream out, String watermark) {
		this.out = out;
		this.watermark = watermark;
		this.sheet = workbook.createSheet("优抚对象");
		sheet.getHeader().setCenter(watermark);
		sheet.getFooter().setCenter(watermark);
		workbook.getXSSFWorkbook().getProperties().getCoreProperties().setDescription(watermark);
		row(List.of(watermark));
	}

	@Override
	public void header(List<String> titles) {
		row(titles);
		sheet.createFreezePane(0, next);
	}

	@Override
	public void row(List<String> cells) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
		}
	}

	@Override
	public void finish(long rows) throws IOException {
		row(List.of(watermark + "；共 " + rows + " 行"));
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
