package cn.shuangyong.documents.writing;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A table as wide as the type area: headers in 黑体, cells in 仿宋, both 小四; the columns sized to their content; the
 * header row repeated on each page and no row split over two.
 */
final class TableLayout {

	private static final int CHAR_TWIPS = (int) (GbText.TABLE_PT * 20);

	private TableLayout() {
	}

	/** A row tall enough to sign in by hand: 1 cm. */
	private static final int SIGNED_ROW_TWIPS = 567;

	static void write(XWPFDocument document, Block.Table table, int widthTwips) {
		write(document, table, widthTwips, false);
	}

	static void write(XWPFDocument document, Block.Table table, int widthTwips, boolean signed) {
		double available = (double) widthTwips / CHAR_TWIPS;
		double[] wanted = ColumnWidths.wanted(table.headers(), table.rows(), available);
		double[] chars = ColumnWidths.fit(wanted, available);
		XWPFTable grid = document.createTable(table.rows().size() + 1, table.headers().size());
		grid.setWidth(Integer.toString(widthTwips));
		var properties = grid.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		var tbl = grid.getCTTbl();
		var columns = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
		for (int i = 0; i < chars.length; i++) {
			long twips = Math.round(chars[i] * CHAR_TWIPS);
			if (i < columns.sizeOfGridColArray()) {
				columns.getGridColArray(i).setW(BigInteger.valueOf(twips));
			}
			else {
				columns.addNewGridCol().setW(BigInteger.valueOf(twips));
			}
		}
		fill(grid.getRow(0), table.headers(), chars, wanted, true);
		grid.getRow(0).setRepeatHeader(true);
		for (int r = 0; r < table.rows().size(); r++) {
			fill(grid.getRow(r + 1), table.rows().get(r), chars, wanted, false);
			if (signed) {
				grid.getRow(r + 1).setHeight(SIGNED_ROW_TWIPS);
			}
		}
	}

	private static void fill(XWPFTableRow row, List<String> values, double[] chars, double[] wanted, boolean header) {
		row.setCantSplitRow(true);
		for (int i = 0; i < values.size(); i++) {
			XWPFTableCell cell = row.getCell(i);
			var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			properties.addNewTcW().setW(BigInteger.valueOf(Math.round(chars[i] * CHAR_TWIPS)));
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(header || ColumnWidths.centred(wanted[i]) ? ParagraphAlignment.CENTER
					: ParagraphAlignment.LEFT);
			GbText.run(paragraph, values.get(i), header ? GbText.HEITI : GbText.FANGSONG, GbText.TABLE_PT);
		}
	}
}
