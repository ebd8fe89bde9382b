package cn.shuangyong.supervision.reporting;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.WrittenDates;

/** The body of a 情况通报: the overall figures, each lead unit's line with its rank, the overdue items, what next. */
final class BulletinBody {

	private static final List<String> UNIT_HEADERS = List.of("排名", "牵头单位", "任务数", "按期办结", "逾期办结",
			"正在办理", "逾期未办结");

	private static final List<String> OVERDUE_HEADERS = List.of("条目", "任务", "牵头单位", "截止日期", "逾期天数");

	private BulletinBody() {
	}

	static List<Block> of(BulletinDocument.BulletinContent content) {
		BulletinFigures figures = content.figures();
		BulletinFigures.Count total = figures.total();
		String asOf = WrittenDates.of(figures.asOf());
		List<Block> body = new ArrayList<>();
		body.add(Block.paragraph("为推动《" + content.planTitle() + "》（" + content.planNumber() + "）各项任务落实，现将截至"
				+ asOf + "的落实情况通报如下。"));
		body.add(Block.heading(1, "总体情况"));
		body.add(Block.paragraph("截至" + asOf + "，共分解任务" + total.tasks() + "项，已办结" + total.done() + "项（其中按期办结"
				+ total.onTime() + "项、逾期办结" + total.late() + "项），正在办理" + total.inProgress() + "项，逾期未办结"
				+ total.overdue() + "项，按期办结率" + total.onTimeRate() + "%。"));
		body.add(Block.heading(1, "各牵头单位落实情况"));
		body.add(Block.paragraph("按办结任务比例、按期办结比例和逾期未办结数依次排序，各牵头单位情况如下表。"));
		body.add(Block.table(UNIT_HEADERS, figures.units().stream().map(BulletinBody::unitRow).toList()));
		body.add(Block.heading(1, "逾期未办结事项"));
		if (figures.overdue().isEmpty()) {
			body.add(Block.paragraph("截至" + asOf + "，没有逾期未办结的事项。"));
		}
		else {
			body.add(Block.paragraph("以下" + figures.overdue().size() + "项任务已过截止日期仍未办结："));
			body.add(Block.table(OVERDUE_HEADERS, figures.overdue().stream().map(BulletinBody::overdueRow).toList()));
		}
		body.add(Block.heading(1, "下一步工作要求"));
		body.add(Block.paragraph(total.overdue() > 0
				? "请有逾期未办结事项的牵头单位对照任务清单查找原因，抓紧办理，并及时在平台报送进展、申请销号；各配合单位要主动对接，形成工作合力。"
				: "请各牵头单位对照任务清单，按时序要求推进落实，及时在平台报送进展、申请销号；各配合单位要主动对接，形成工作合力。"));
		return body;
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
}
