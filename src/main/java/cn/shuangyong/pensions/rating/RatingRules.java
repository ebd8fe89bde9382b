package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.shared.InvalidInputException;

/**
 * The rules a rating must meet, each refusal naming its rule and source. Plain functions of their inputs, so each
 * rule is tested on its own (RatingRulesTest).
 */
public final class RatingRules {

	/** 伤残抚恤管理办法 Art. 5: a 新办 within three years of the injury or of the diagnosis. */
	static final int NEW_WITHIN_YEARS = 3;

	/** 军人抚恤优待条例 2024 Art. 29: a 调整 at least one year after the previous rating. */
	static final int ADJUST_AFTER_YEARS = 1;

	/**
	 * When the pension of an approved rating starts, by the date of approval: the month after approval under
	 * 伤残抚恤管理办法 Art. 23 (2019), the month of approval from 2024-10-01 (军人抚恤优待条例 2024 Art. 27).
	 */
	private static final List<PaymentStart> PAYMENT_STARTS = List.of(
			new PaymentStart(LocalDate.of(2020, 2, 1), 1, "伤残抚恤管理办法（退役军人事务部令第1号）第二十三条：批准的次月起发"),
			new PaymentStart(LocalDate.of(2024, 10, 1), 0, "军人抚恤优待条例（2024）第二十七条：批准的当月起发"));

	private RatingRules() {
	}

	/** The application's dates against its kind and the person's grade in the registry; every problem at once. */
	static void checkApplication(RatingKind kind, LocalDate injuredOn, Integer registryGrade, Integer previousGrade,
			LocalDate previousRatedOn, LocalDate appliedOn, List<String> problems) {
		if (injuredOn != null && appliedOn != null && injuredOn.isAfter(appliedOn)) {
			problems.add("负伤（确诊）日期 " + injuredOn + " 晚于申请日期 " + appliedOn);
		}
		if (kind == RatingKind.NEW && injuredOn != null && appliedOn != null
				&& appliedOn.isAfter(injuredOn.plusYears(NEW_WITHIN_YEARS))) {
			problems.add("评残类别：新办须在负伤（确诊）之日起三年内申请（伤残抚恤管理办法第五条），负伤日期 " + injuredOn
					+ " 至申请日期已超过三年，请按补办申请");
		}
		if (kind != RatingKind.ADJUST && registryGrade != null) {
			problems.add("评残类别：该优抚对象已评定为 " + registryGrade + " 级残疾，变更等级请按调整申请");
		}
		if (kind == RatingKind.ADJUST) {
			if (previousGrade == null || previousRatedOn == null) {
				problems.add("调整残疾等级须填写原残疾等级（previousGrade）和原评定日期（previousRatedOn）");
			}
			else if (appliedOn != null && appliedOn.isBefore(previousRatedOn.plusYears(ADJUST_AFTER_YEARS))) {
				problems.add("原评定日期：调整残疾等级须在上次评定满一年后申请（军人抚恤优待条例第二十九条），上次评定于 "
						+ previousRatedOn + "，" + previousRatedOn.plusYears(ADJUST_AFTER_YEARS) + " 起方可申请");
			}
			else if (previousGrade < 1 || previousGrade > 10) {
				problems.add("原残疾等级应在 1 至 10 级之间，填写的是 " + previousGrade);
			}
		}
	}

	/**
	 * A grade that may be rated for the nature: 1–10; 因病 only 1–6 and only for 义务兵 and 初级士官 (军人抚恤优待条例 2019
	 * Art. 22, 2024 Art. 26: 初级军士).
	 */
	static void checkGrade(Integer grade, DisabilityNature nature, boolean conscriptOrJunior, String field) {
		List<String> problems = new ArrayList<>();
		if (grade == null) {
			problems.add("请填写" + field + "（1 至 10 级）");
		}
		else if (grade < 1 || grade > 10) {
			problems.add(field + "应在 1 至 10 级之间，填写的是 " + grade);
		}
		else if (!nature.carriesGrade(grade)) {
			problems.add(field + "：因病致残只评定 1 至 6 级（军人抚恤优待条例第二十二条），填写的是 " + grade + " 级");
		}
		if (nature == DisabilityNature.ILLNESS && !conscriptOrJunior) {
			problems.add("残疾性质：因病致残只评定义务兵和初级士官（军人抚恤优待条例第二十二条）");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The first month the pension of a rating approved that day is paid for. */
	public static YearMonth firstMonth(LocalDate approvedOn) {
		return paymentStart(approvedOn).first(approvedOn);
	}

	/** The rule of {@link #firstMonth}, with its source, for the page. */
	public static PaymentStart paymentStart(LocalDate approvedOn) {
		PaymentStart found = PAYMENT_STARTS.get(0);
		for (PaymentStart start : PAYMENT_STARTS) {
			if (!approvedOn.isBefore(start.effectiveOn())) {
				found = start;
			}
		}
		return found;
	}

	/** A rule of when payment starts, in force from a date: so many months after the month of approval. */
	public record PaymentStart(LocalDate effectiveOn, int monthsAfterApproval, String source) {

		YearMonth first(LocalDate approvedOn) {
			return YearMonth.from(approvedOn).plusMonths(monthsAfterApproval);
		}
	}
}
