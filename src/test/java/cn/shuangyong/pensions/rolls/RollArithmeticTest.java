package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shuangyong.pensions.CategoryRate;
import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.pensions.DisabilityRate;
import cn.shuangyong.pensions.Entitlement;
import cn.shuangyong.pensions.PensionCategory;
import cn.shuangyong.pensions.RateBasis;
import cn.shuangyong.pensions.StandardsInForce;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollArithmeticTest {

	static final YearMonth JAN = YearMonth.of(2020, 1);

	static final YearMonth AUG = YearMonth.of(2020, 8);

	static final YearMonth SEP = YearMonth.of(2020, 9);

	/** 3级因公: 65,790 a year until July 2020, 72,360 from August (the shipped derived figures). */
	static final Function<YearMonth, StandardsInForce> STANDARDS = month -> new StandardsInForce(month.atDay(1),
			List.of(rate(month.isBefore(AUG) ? "65790" : "72360")),
			List.of(new CategoryRate(PensionCategory.RURAL_OLD_CONSCRIPT, new BigDecimal("480.00"),
					new BigDecimal("480.00"), BigDecimal.ZERO, LocalDate.of(2019, 8, 1), "标准", "依据",
					RateBasis.PUBLISHED, false, null)),
			List.of());

	static final Entitlement THIRD_ON_DUTY = Entitlement.disability(3, DisabilityNature.ON_DUTY);

	@Test
	void theRegularAmountIsATwelfthOfTheYearlyAmountInForceOnTheMonthsFirstDayToTheFen() {
		var line = RollArithmetic.line(terms(THIRD_ON_DUTY, JAN, null), SEP, paidAt("5482.50", JAN, AUG), STANDARDS);
		assertThat(line.regular()).isEqualByComparingTo("6030.00");
		var july = RollArithmetic.line(terms(THIRD_ON_DUTY, JAN, null), YearMonth.of(2020, 7),
				paidAt("5482.50", JAN, YearMonth.of(2020, 6)), STANDARDS);
		assertThat(july.regular()).isEqualByComparingTo("5482.50"); // 65,790 / 12 = 5,482.50
		assertThat(july.arrears()).isZero();
	}

	@Test
	void aStandardPublishedWithAPastEffectiveDateBringsTheDifferenceAsArrears() {
		// August was paid at the old standard: September pays the August difference on its own line
		var line = RollArithmetic.line(terms(THIRD_ON_DUTY, JAN, null), SEP, paidAt("5482.50", JAN, AUG), STANDARDS);
		assertThat(line.arrears()).isEqualByComparingTo("547.50");
		assertThat(line.differences()).singleElement().satisfies(d -> {
			assertThat(d.month()).isEqualTo(AUG);
			assertThat(d.amount()).isEqualByComparingTo("547.50");
		});
		assertThat(line.total()).isEqualByComparingTo("6577.50");
	}

	@Test
	void generatingTheSameMonthAgainGivesTheSameFigures() {
		var paid = paidAt("5482.50", JAN, AUG);
		assertThat(RollArithmetic.line(terms(THIRD_ON_DUTY, JAN, null), SEP, paid, STANDARDS))
			.isEqualTo(RollArithmetic.line(terms(THIRD_ON_DUTY, JAN, null), SEP, paid, STANDARDS));
	}

	@Test
	void paymentsAfterADeathAreTakenBackAsFarAsPaymentsGoAndTheRestIsOwed() {
		// died in June, paid through August: two months overpaid, and nothing is due from July on
		var line = RollArithmetic.line(terms(THIRD_ON_DUTY, JAN, YearMonth.of(2020, 6)), SEP, paidAt("5482.50", JAN, AUG),
				STANDARDS);
		assertThat(line.regular()).isZero();
		assertThat(line.recovered()).isZero();
		assertThat(line.stillOwed()).isEqualByComparingTo("10965.00");
		assertThat(line.total()).isZero();
	}

	@Test
	void aSuspensionEndedIsRecoveredFromTheNextPayments() {
		var suspended = new PaymentTerms(1, THIRD_ON_DUTY, JAN, null,
				List.of(new PaymentTerms.Suspension(YearMonth.of(2020, 7), YearMonth.of(2020, 7))), null);
		var line = RollArithmetic.line(suspended, SEP, paidAt("5482.50", JAN, AUG), STANDARDS);
		// July was paid though suspended (5,482.50 back), August was paid short by 547.50
		assertThat(line.arrears()).isEqualByComparingTo("547.50");
		assertThat(line.recovered()).isEqualByComparingTo("5482.50");
		assertThat(line.stillOwed()).isZero();
		assertThat(line.total()).isEqualByComparingTo("1095.00");
	}

	@Test
	void monthsSettledBeforeThePlatformAreLeftAloneAndUnpaidOnesArePaidBack() {
		var takenOver = new PaymentTerms(1, THIRD_ON_DUTY, YearMonth.of(2015, 3), null, List.of(), YearMonth.of(2020, 6));
		var line = RollArithmetic.line(takenOver, SEP, paidAt("5482.50", YearMonth.of(2020, 7), YearMonth.of(2020, 7)),
				STANDARDS);
		// July paid in full, August never rolled: all of August is back pay
		assertThat(line.arrears()).isEqualByComparingTo("6030.00");
	}

	@Test
	void anAmountPerYearServedIsMultipliedByTheYears() {
		var conscript = terms(Entitlement.of(PensionCategory.RURAL_OLD_CONSCRIPT, 3), SEP, null);
		assertThat(RollArithmetic.line(conscript, SEP, Map.of(), STANDARDS).regular()).isEqualByComparingTo("120.00");
	}

	@Test
	void aMonthWithoutAStandardIsNamedAndNeitherPaidNorRecovered() {
		var martyr = terms(Entitlement.of(PensionCategory.MARTYR_FAMILY, 0), AUG, null);
		var line = RollArithmetic.line(martyr, SEP, Map.of(AUG, new BigDecimal("2000")), STANDARDS);
		assertThat(line.missing()).containsExactly(SEP, AUG);
		assertThat(line.total()).isZero();
		assertThat(line.stillOwed()).isZero();
	}

	static PaymentTerms terms(Entitlement entitlement, YearMonth first, YearMonth last) {
		return new PaymentTerms(1, entitlement, first, last, List.of(), null);
	}

	static Map<YearMonth, BigDecimal> paidAt(String amount, YearMonth from, YearMonth to) {
		Map<YearMonth, BigDecimal> paid = new HashMap<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			paid.put(m, new BigDecimal(amount));
		}
		return paid;
	}

	static DisabilityRate rate(String amount) {
		return new DisabilityRate(3, DisabilityNature.ON_DUTY, new BigDecimal(amount), new BigDecimal(amount),
				BigDecimal.ZERO, LocalDate.of(2020, 8, 1), "标准", "依据", RateBasis.PUBLISHED, false, null);
	}
}
