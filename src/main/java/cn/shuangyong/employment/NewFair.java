package cn.shuangyong.employment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A job fair for military spouses (专场招聘会). A fair held in the days around 1 August is an 八一 fair, as 建军节
 * (军人地位和权益保障法 Art. 10) is when most are held; the organiser marks it so.
 */
public record NewFair(String title, LocalDate heldOn, boolean bayi, String place, String regionCode, Integer attendance) {

	public static NewFair of(String title, LocalDate heldOn, Boolean bayi, String place, String regionCode,
			Integer attendance) {
		List<String> problems = new ArrayList<>();
		String name = FreeText.required(title, "招聘会名称", 200, problems);
		if (heldOn == null) {
			problems.add("请填写举办日期");
		}
		String where = FreeText.clean(place);
		if (where.length() > 200 || FreeText.hasControl(place)) {
			problems.add("举办地点不超过200字，且不含非法字符");
		}
		if (regionCode == null || !regionCode.strip().matches("\\d{4}|\\d{6}")) {
			problems.add("请选择举办地区，州市或县市区");
		}
		if (attendance != null && (attendance < 0 || attendance > 100000)) {
			problems.add("到场人数应为 0 至 100000");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewFair(name, heldOn, bayi != null ? bayi : aroundBayi(heldOn), where.isEmpty() ? null : where,
				regionCode.strip(), attendance);
	}

	/** Within a week either side of 1 August. */
	static boolean aroundBayi(LocalDate day) {
		LocalDate bayi = MonthDay.of(8, 1).atYear(day.getYear());
		return !day.isBefore(bayi.minusDays(7)) && !day.isAfter(bayi.plusDays(7));
	}
}
