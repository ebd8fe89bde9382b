package cn.shuangyong.pensions.rolls;

import java.time.YearMonth;

/** A county's roll of a month, with its totals over every line. */
public record PaymentRoll(long id, String countyCode, YearMonth month, RollStatus status, RollTotals totals,
		int version) {
}
