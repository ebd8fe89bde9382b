package cn.shuangyong.supervision;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The body of a 情况通报: the overall figures, each lead unit's line with its rank, the overdue items, what next. */
final class BulletinBody {

	private static final List<String> UNIT_HEADERS = List.of("排名", "牵头单位", "任务数", "按期办结", "逾期办结",
			"正在办理", "逾期未办结");

	private static final List<String> OVERDUE_HEADERS = List.of("条目", "任务", "牵头单位", "截止日期", "逾期天数");

	private BulletinBody() {
	}

	static void write(XWPFDocument document, BulletinDocument.BulletinContent content) {
		BulletinFigures figures = content.figures();
		BulletinFigures.Count total = figures.total();
		String asOf = BulletinDocument.chineseDate(figures.asOf());
		OfficialText.body(document, "为推动《" + content.planTitle() + "》（" + content.planNumber() + "）各项任务落实，现将截至"
				+ asOf + "的落实情况通报如下。");
		OfficialText.heading(document, "一、总体情况");
		OfficialText.body(document, "截至" + asOf + "，共分解任务" + total.tasks() + "项，已办结" + total.done() + "项（其中按期办结"
				+ total.onTime() + "项、逾期办结" + total.late() + "项），正在办理" + total.inProgress() + "项，逾期未办结"
				+ total.overdue() + "项，按期办结率" + total.onTimeRate() + "%。");
		OfficialText.heading(document, "二、各牵头单位落实情况");
		OfficialText.body(document, "按办结任务比例、按期办结比例和逾期未办结数依次排序，各牵头单位情况如下表。");
		table(document, UNIT_HEADERS, new int[] { 6, 30, 8, 10, 10, 10, 12 },
				figures.units().stream().map(BulletinBody::unitRow).toList());
		OfficialText.heading(document, "三、逾期未办结事项");
		if (figures.overdue().isEmpty()) {
			OfficialText.body(document, "截至" + asOf + "，没有逾期未办结的事项。");
		}
		else {
			OfficialText.body(document, "以下" + figures.overdue().size() + "项任务已过截止日期仍未办结：");
			table(document, OVERDUE_HEADERS, new int[] { 8, 40, 26, 16, 10 },
					figures.overdue().stream().map(BulletinBody::overdueRow).toList());
		}
		OfficialText.heading(document, "四、下一步工作要求");
		OfficialText.body(document, total.overdue() > 0
				? "请有逾期未办结事项的牵头单位对照任务清单查找原因，抓紧办理，并及时在平台报送进展、申请销号；各配合单位要主动对接，形成工作合力。"
				: "请各牵头单位对照任务清单，按时序要求推进落实，及时在平台报送进展、申请销号；各配合单位要主动对接，形成工作合力。");
	}

	private static List<String> unitRow(BulletinFigures.UnitLine line) {
		BulletinFigures.Count c = line.count();
		return List.of(Integer.toString(line.rank()), line.unitName(), Integer.toString(c.tasks()),
				Integer.toString(c.onTime()), Integer.toString(c.late()), Integer.toString(c.inProgress()),
				Integer.toString(c.overdue()));
	}

	private static List<String> overdueRow(BulletinFigures.OverdueItem item) {
		return List.of(item.itemNo(), item.title(), item.leadUnits(), item.deadline().toString(),
				Long.toString(item.daysOverdue()));
	}

	/** A table as wide as the type area in 仿宋 四号; the header row repeats on each page. */
	private static void table(XWPFDocument document, List<String> headers, int[] widths, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size() + 1, headers.size());
		table.setWidth(Integer.toString(OfficialPage.WIDTH_TWIPS));
		int sum = java.util.Arrays.stream(widths).sum();
		fill(table.getRow(0), headers, widths, sum, true);
		table.getRow(0).setRepeatHeader(true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), widths, sum, false);
		}
	}

	private static void fill(XWPFTableRow row, List<String> values, int[] widths, int sum, boolean header) {
		row.setCantSplitRow(true);
		for (int i = 0; i < values.size(); i++) {
			XWPFTableCell cell = row.getCell(i);
			cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf((long) OfficialPage.WIDTH_TWIPS * widths[i] / sum));
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(i == 1 && !header ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
			OfficialText.run(paragraph, values.get(i), header ? OfficialText.HEITI : OfficialText.FANGSONG, 12);
		}
	}
}
