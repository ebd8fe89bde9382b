package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import cn.shuangyong.pensions.StandardsInForce;

/**
 * The arithmetic of a roll line, with no database: the same terms, payments and standards give the same figures, so
 * generating a month again gives the same roll. A month's due amount is the yearly amount in force on the month's
 * first day divided by 12, rounded to the fen. Every earlier month since the first one due (and after any month
 * settled before the platform) is compared with what approved rolls paid for it: a shortfall is back pay, an excess
 * (a payment after a death or during a suspension) is taken back from this month's payment as far as it goes, and
 * the rest is recorded as still owed.
 */
public final class RollArithmetic {

	static final BigDecimal MONTHS = BigDecimal.valueOf(12);

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private RollArithmetic() {
	}

	/**
	 * @param paid what approved rolls paid for each earlier month (regular and back pay together, less recovery)
	 * @param standards the standards in force on a month's first day
	 */
	public static LineFigures line(PaymentTerms terms, YearMonth month, Map<YearMonth, BigDecimal> paid,
			Function<YearMonth, StandardsInForce> standards) {
		List<YearMonth> missing = new ArrayList<>();
		BigDecimal regular = terms.due(month) ? monthly(terms, month, standards).orElseGet(() -> {
			missing.add(month);
			return ZERO;
		}) : ZERO;
		TreeSet<YearMonth> earlier = new TreeSet<>();
		paid.keySet().stream().filter(m -> m.isBefore(month)).forEach(earlier::add);
		for (YearMonth m = terms.firstMonth(); m.isBefore(month); m = m.plusMonths(1)) {
			if (terms.due(m)) {
				earlier.add(m);
			}
		}
		BigDecimal arrears = ZERO;
		BigDecimal overpaid = ZERO;
		List<LineFigures.Difference> differences = new ArrayList<>();
		for (YearMonth m : earlier) {
			if (terms.settled(m)) {
				continue;
			}
			Optional<BigDecimal> owing = terms.due(m) ? monthly(terms, m, standards) : Optional.of(ZERO);
			if (owing.isEmpty()) {
				missing.add(m); // unknown until a standard covers it: neither back pay nor overpayment yet
				continue;
			}
			BigDecimal due = owing.get();
			BigDecimal was = paid.getOrDefault(m, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
			int sign = due.compareTo(was);
			if (sign == 0) {
				continue;
			}
			differences.add(new LineFigures.Difference(m, due, was));
			if (sign > 0) {
				arrears = arrears.add(due.subtract(was));
			}
			else {
				overpaid = overpaid.add(was.subtract(due));
			}
		}
		BigDecimal recovered = overpaid.min(regular.add(arrears));
		return new LineFigures(terms.accountId(), regular, arrears, recovered, overpaid.subtract(recovered),
				List.copyOf(differences), List.copyOf(missing));
	}

	/** The month's due amount: a twelfth of the yearly amount in force on its first day, to the fen. */
	static Optional<BigDecimal> monthly(PaymentTerms terms, YearMonth month,
			Function<YearMonth, StandardsInForce> standards) {
		return terms.entitlement().perYear(standards.apply(month))
			.map(perYear -> perYear.divide(MONTHS, 2, RoundingMode.HALF_UP));
	}
}
