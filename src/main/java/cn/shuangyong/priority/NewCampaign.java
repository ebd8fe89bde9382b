package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/** An office's campaign of a year: from which day, and by when the departments answer their self-checks. */
public record NewCampaign(int year, String title, LocalDate startsOn, LocalDate selfCheckBy) {

	public static NewCampaign of(Integer year, String title, LocalDate startsOn, LocalDate selfCheckBy) {
		List<String> problems = new ArrayList<>();
		if (year == null || year < 2017 || year > 2100) {
			problems.add("年度：请填写四位年份");
		}
		String cleanTitle = FreeText.required(title, "活动名称", 200, problems);
		if (startsOn == null) {
			problems.add("开始日期：请填写");
		}
		else if (year != null && startsOn.getYear() != year) {
			problems.add("开始日期：须在" + year + "年内");
		}
		if (selfCheckBy == null) {
			problems.add("自查截止日期：请填写");
		}
		else if (startsOn != null && !selfCheckBy.isAfter(startsOn)) {
			problems.add("自查截止日期：须晚于开始日期");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewCampaign(year, cleanTitle, startsOn, selfCheckBy);
	}
}
