package cn.shuangyong.supervision.urging;

import java.time.LocalDate;

import cn.shuangyong.documents.writing.WrittenDates;

/**
 * The wording of a notice, in the plain style of an office's 提醒函、催办通知、督办通知: which item, by which plan, due
 * when, overdue how long, what is asked and by when.
 */
final class NoticeText {

	private NoticeText() {
	}

	/**
	 * A plan item is named by plan and number; a task from elsewhere (a 材料报送 request, a double-list entry, a
	 * consultation's decision) has no item number and is named by its title.
	 */
	static String title(NoticeKind kind, String planNumber, String itemNo, String taskTitle) {
		String item = itemNo == null ? "“" + taskTitle + "”"
				: (planNumber == null ? "" : planNumber) + "第" + itemNo + "项工作任务";
		return switch (kind) {
			case TI_XING -> "关于" + item + "逾期未办结的提醒函";
			case CUI_BAN -> "关于加快办理" + item + "的催办通知";
			case DU_BAN -> "关于" + item + "的督办通知";
		};
	}

	/** The body after the addressee line, one paragraph per line. */
	static String body(NoticeKind kind, Facts facts) {
		StringBuilder text = new StringBuilder();
		if (facts.itemNo() == null) {
			text.append("由你单位办理的“").append(facts.taskTitle()).append("”应于");
		}
		else {
			text.append("按照").append(facts.planTitle() == null ? "工作要点" : "《" + facts.planTitle() + "》");
			if (facts.planNumber() != null) {
				text.append("（").append(facts.planNumber()).append("）");
			}
			text.append("分工，由你单位牵头的第").append(facts.itemNo()).append("项工作任务“").append(facts.taskTitle())
				.append("”应于");
		}
		text.append(date(facts.deadline())).append("前完成。截至").append(date(facts.today()))
			.append("，该任务已逾期").append(facts.daysOverdue()).append("天，尚未办结销号。\n");
		String before = facts.previous() == null ? "" : "经" + facts.previous().label() + "仍未办结，";
		text.append(switch (kind) {
			case TI_XING -> "现予提醒。请抓紧办理，并于" + date(facts.replyBy()) + "前通过双拥工作平台报送办理进展；已办结的，请及时申请销号。";
			case CUI_BAN -> before + "现予催办。请你单位高度重视，明确专人加快推进，于" + date(facts.replyBy())
					+ "前报送办理进展和下步措施；确有困难不能按期完成的，请书面说明原因。";
			case DU_BAN -> before + "现予督办。请你单位主要负责同志亲自过问，于" + date(facts.replyBy())
					+ "前将办理情况、未按期完成的原因和整改措施书面报送" + facts.issuerName() + "。逾期仍未办结的，将按有关规定予以通报。";
		});
		if (facts.copied() != null && !facts.copied().isBlank()) {
			text.append("\n请").append(facts.copied()).append("按照分工积极配合。");
		}
		return text.toString();
	}

	/** 2020年7月31日, as documents write dates. */
	static String date(LocalDate date) {
		return WrittenDates.of(date);
	}

	record Facts(String planTitle, String planNumber, String itemNo, String taskTitle, LocalDate deadline,
			LocalDate today, int daysOverdue, LocalDate replyBy, String copied, String issuerName, NoticeKind previous) {
	}
}
