package cn.shuangyong.supervision.reporting;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.WrittenDates;

/**
 * The body of a 情况通报: the overall figures; the office's own lead units ranked, then the regions below it ranked
 * with their units' tasks rolled up; the overdue items; what next.
 */
final class BulletinBody {

	private static final List<String> FIGURE_HEADERS = List.of("任务数", "按期办结", "逾期办结", "正在办理", "逾期未办结");

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
		body.add(Block.paragraph("按办结任务比例、按期办结比例和逾期未办结数依次排序，名次相同的并列，其后名次顺延；"
				+ "名次相同的按规范顺序排列。"));
		boolean both = !figures.units().isEmpty() && !figures.regions().isEmpty();
		if (!figures.units().isEmpty()) {
			if (both) {
				body.add(Block.heading(2, BulletinWording.ownLevel(figures.level()) + "牵头单位"));
			}
			body.add(Block.table(headers("牵头单位"), figures.units().stream()
				.map(line -> row(line.rank(), line.unitName(), line.count())).toList()));
		}
		if (!figures.regions().isEmpty()) {
			String regions = BulletinWording.regionsBelow(figures.level());
			if (both) {
				body.add(Block.heading(2, regions));
			}
			body.add(Block.paragraph(regions + "及所辖各级单位牵头的任务合并计算，一项任务只计一次。"));
			body.add(Block.table(headers(BulletinWording.regionColumn(figures.level())), figures.regions().stream()
				.map(line -> row(line.rank(), line.regionName(), line.count())).toList()));
		}
		body.add(Block.heading(1, "逾期未办结事项"));
		if (figures.overdue().isEmpty()) {
			body.add(Block.paragraph("截至" + asOf + "，没有逾期未办结的事项。"));
		}
		else {
			body.add(Block.paragraph("以下" + figures.overdue().size() + "项工作共" + total.overdue()
					+ "项任务已过截止日期仍未办结（下级单位牵头的按地区合计，逾期天数取最长的）："));
			body.add(Block.table(OVERDUE_HEADERS, figures.overdue().stream().map(BulletinBody::overdueRow).toList()));
		}
		body.add(Block.heading(1, "下一步工作要求"));
		body.add(Block.paragraph(total.overdue() > 0
				? "请有逾期未办结事项的牵头单位对照任务清单查找原因，抓紧办理，并及时在平台报送进展、申请销号；各配合单位要主动对接，形成工作合力。"
				: "请各牵头单位对照任务清单，按时序要求推进落实，及时在平台报送进展、申请销号；各配合单位要主动对接，形成工作合力。"));
		return body;
	}

	private static List<String> headers(String lineHeader) {
		List<String> headers = new ArrayList<>(List.of("排名", lineHeader));
		headers.addAll(FIGURE_HEADERS);
		return headers;
	}

	private static List<String> row(int rank, String name, BulletinFigures.Count c) {
		return List.of(Integer.toString(rank), name, Integer.toString(c.tasks()), Integer.toString(c.onTime()),
				Integer.toString(c.late()), Integer.toString(c.inProgress()), Integer.toString(c.overdue()));
	}

	private static List<String> overdueRow(BulletinFigures.OverdueItem item) {
		return List.of(item.itemNo(), item.title(), item.leadUnits(), item.deadline().toString(),
				Long.toString(item.daysOverdue()));
	}
}
