package cn.shuangyong.pensions.accounts;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.pensions.Entitlement;
import cn.shuangyong.pensions.PensionCategory;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A pension account to open: for whom, what for (a grade and nature, or a category), from which month, up to which
 * month it was already paid before the platform (if so), and the decision it rests on. Checked whole in {@link #of}.
 */
public record NewAccount(long personId, Entitlement entitlement, YearMonth firstMonth, YearMonth settledThrough,
		String basis) {

	public static NewAccount of(Long personId, Integer grade, String nature, String category, Integer yearsServed,
			String firstMonth, String settledThrough, String basis) {
		List<String> problems = new ArrayList<>();
		if (personId == null) {
			problems.add("请指定优抚对象（personId）");
		}
		Entitlement entitlement = null;
		try {
			entitlement = entitlement(grade, nature, category, yearsServed);
		}
		catch (InvalidInputException e) {
			problems.add(e.getMessage());
		}
		YearMonth first = month(firstMonth, "起发月份（firstMonth）", true, problems);
		YearMonth settled = month(settledThrough, "已发放至（settledThrough）", false, problems);
		if (first != null && settled != null && settled.isBefore(first.minusMonths(1))) {
			problems.add("已发放至 " + settled + " 早于起发月份 " + first + "：不需要填写");
		}
		String text = FreeText.required(basis, "依据（审批表或证件号）", 300, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewAccount(personId, entitlement, first, settled, text);
	}

	/** A category when one is given, otherwise a grade and nature; {@link Entitlement} refuses what does not exist. */
	private static Entitlement entitlement(Integer grade, String nature, String category, Integer yearsServed) {
		if (category != null && !category.isBlank()) {
			return Entitlement.of(PensionCategory.of(category, "抚恤"), yearsServed == null ? 0 : yearsServed);
		}
		if (grade == null || nature == null || nature.isBlank()) {
			throw new InvalidInputException("请填写残疾等级和残疾性质，或填写抚恤补助类别");
		}
		return Entitlement.disability(grade, DisabilityNature.of(nature, "抚恤"));
	}

	static YearMonth month(String text, String what, boolean required, List<String> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add("请填写" + what + "，如 2020-09");
			}
			return null;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(what + "应为年月，如 2020-09，「" + text.strip() + "」不符合");
			return null;
		}
	}
}
