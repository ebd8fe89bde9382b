package cn.shuangyong.documents.reading;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The cells of a Word table on the grid: a cell spanning columns repeats its text in each, and a cell merged
 * down a column (one 牵头单位 for several tasks) repeats the text of the cell that starts the merge.
 */
final class DocxTables {

	private DocxTables() {
	}

	static List<List<String>> rows(XWPFTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				String text = continuesMerge(cell) && cells.size() < above.size() ? above.get(cells.size()) : text(cell);
				for (int span = span(cell); span > 0; span--) {
					cells.add(text);
				}
			}
			rows.add(cells);
		}
		return rows;
	}

	private static String text(XWPFTableCell cell) {
		return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
	}

	private static boolean continuesMerge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return properties != null && properties.isSetVMerge()
				&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
	}

	private static int span(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		if (properties == null || !properties.isSetGridSpan()) {
			return 1;
		}
		BigInteger span = properties.getGridSpan().getVal();
		return span == null ? 1 : Math.max(1, span.intValue());
	}
}
