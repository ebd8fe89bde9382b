package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One account's line on one month's roll: the month's regular amount, back pay for earlier months paid less than
 * was due (补发), overpayment taken back from this month's payment (扣回), what is still owed after that, and each
 * earlier month's difference that made them up, so the roll can say where every amount came from. {@code missing}
 * names a month with no standard covering the entitlement: nothing is paid for it until one is published.
 */
public record LineFigures(long accountId, BigDecimal regular, BigDecimal arrears, BigDecimal recovered,
		BigDecimal stillOwed, List<Difference> differences, List<YearMonth> missing) {

	/** An earlier month whose payment differs from what is due now: positive is back pay, negative overpayment. */
	public record Difference(YearMonth month, BigDecimal due, BigDecimal paid) {

		public BigDecimal amount() {
			return due.subtract(paid);
		}
	}

	/** What is paid this month: regular plus arrears less what is recovered. */
	public BigDecimal total() {
		return regular.add(arrears).subtract(recovered);
	}
}
