package cn.shuangyong.pensions.rating;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.ListDocument;
import cn.shuangyong.documents.writing.ListLayout;

/**
 * The 《评定、调整残疾等级审批表》 of a rating, written through documents' one way of writing .docx: the person as the
 * application named them (ID number masked), the application, the medical opinion, the 公示, and one signed row per
 * level for its opinion, filled in as far as the rating has come.
 */
final class ApprovalForm {

	static final String TITLE = "评定、调整残疾等级审批表";

	private ApprovalForm() {
	}

	static byte[] docx(Rating r, String noticeNumber, String countyName) {
		RatingApplication a = r.application();
		List<List<String>> facts = new ArrayList<>();
		facts.add(List.of("姓名", r.personName()));
		facts.add(List.of("公民身份号码", r.personIdMasked()));
		facts.add(List.of("评残类别", a.kind().chinese()));
		facts.add(List.of("残疾性质", a.nature().chinese() + (a.conscriptOrJunior() ? "（义务兵或初级士官）" : "")));
		facts.add(List.of("负伤（确诊）日期", a.injuredOn().toString()));
		if (a.previousGrade() != null) {
			facts.add(List.of("原残疾等级", a.previousGrade() + " 级（" + a.previousRatedOn() + " 评定）"));
		}
		facts.add(List.of("致残经过", a.circumstances()));
		facts.add(List.of("申请日期", a.appliedOn().toString()));
		if (r.opinion() != null) {
			facts.add(List.of("医学鉴定意见", r.opinion().grade() + " 级（" + r.opinion().by() + "，" + r.opinion().on()
					+ "，" + r.opinion().document() + "）"));
		}
		facts.add(List.of("公示", noticeNumber == null ? "（未公示）" : noticeNumber));
		List<List<String>> opinions = List.of(
				List.of("县级退役军人事务部门（" + countyName + "）", r.reportedOn() == null ? "" : "同意上报", dated(r.reportedOn())),
				List.of("市级退役军人事务部门", r.reviewedOn() == null ? "" : "审核同意", dated(r.reviewedOn())),
				List.of("省级退役军人事务部门", r.approval() == null ? ""
						: "批准 " + r.opinion().grade() + " 级" + a.nature().chinese() + "，证号 "
								+ r.approval().certificateNumber() + "，" + r.approval().firstMonth() + " 起发",
						r.approval() == null ? "" : dated(r.approval().approvedOn())));
		return ListLayout.docx(new ListDocument(TITLE, countyName + " · " + r.step().chinese(), List.of(
				new ListDocument.Section("基本情况", Block.table(List.of("项目", "内容"), facts), "（无）"),
				new ListDocument.Section("各级意见", Block.table(List.of("审核审批机关", "意见", "日期（盖章）"), opinions),
						"（无）", true))));
	}

	private static String dated(java.time.LocalDate day) {
		return day == null ? "" : day.toString();
	}
}
