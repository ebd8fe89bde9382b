package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An earlier month that a roll line settled: what was due for it, what had been paid, and what this line paid back
 * (positive) or took back (negative) of the difference.
 */
public record SettledMonth(YearMonth month, BigDecimal due, BigDecimal paid, BigDecimal settled) {

	public boolean paidBack() {
		return settled.signum() > 0;
	}

	public BigDecimal amount() {
		return settled.abs();
	}
}
