package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * The medical opinion a rating rests on: the grade it proposes, the designated hospital or 医疗卫生专家小组 that gave
 * it, its date and its document (鉴定意见书 number).
 */
public record MedicalOpinion(int grade, String by, LocalDate on, String document) {

	public static MedicalOpinion of(Integer grade, String by, String on, String document, LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (grade == null) {
			problems.add("请填写鉴定的残疾等级（grade，1 至 10 级）");
		}
		else if (grade < 1 || grade > 10) {
			problems.add("鉴定的残疾等级（grade）应在 1 至 10 级之间，填写的是 " + grade);
		}
		String who = FreeText.required(by, "鉴定机构（医院或医疗卫生专家小组）", 100, problems);
		LocalDate day = RatingApplication.date(on, "鉴定日期（on）", true, problems);
		if (day != null && day.isAfter(today)) {
			problems.add("鉴定日期 " + day + " 晚于今天");
		}
		String doc = FreeText.required(document, "鉴定意见书编号（document）", 100, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new MedicalOpinion(grade, who, day, doc);
	}
}
